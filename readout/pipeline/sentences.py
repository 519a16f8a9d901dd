"""Split content paragraphs into sentences with the splitter of each paragraph's language.

A "sentence" longer than `max_sentence_chars` (an unpunctuated paragraph, a table flattened into one
line) is cut at the last space before the cap: every later step pairs things within a sentence
(triggers with mentions, mentions with dates), so an unbounded sentence makes them quadratic; a
bounded one keeps the whole pipeline linear in the length of the text.
"""
from __future__ import annotations

from bisect import bisect_left

from readout import budget
from readout.lang import module
from readout.model import Article, Span
from readout.settings import SETTINGS


def split_sentences(article: Article) -> Article:
    for para in article.paragraphs:
        text = article.text[para.start:para.end]
        for span, tokens in module(para.label, "sentences").split(text, para.start):
            for piece, piece_tokens in capped(article.text, span, tokens, SETTINGS.max_sentence_chars):
                budget.check()
                article.sentences.append(piece)
                if piece_tokens:
                    article.tokens[piece.start] = piece_tokens
    return article


def capped(text: str, span: Span, tokens, cap: int):
    """The sentence itself, or pieces of at most `cap` characters cut at spaces, each with its own
    tokens (token offsets are relative to the piece)."""
    if span.end - span.start <= cap:
        yield span, tokens
        return
    starts = [t[2] for t in tokens]
    start = span.start
    while start < span.end:
        end = min(span.end, start + cap)
        if end < span.end:
            space = text.rfind(" ", start + 1, end)
            end = space if space > start else end
        rel_lo, rel_hi = start - span.start, end - span.start
        inside = tokens[bisect_left(starts, rel_lo):bisect_left(starts, rel_hi)]  # sorted: no full scan
        piece_tokens = tuple((f, t, s - rel_lo, n) for f, t, s, n in inside if s + n <= rel_hi)
        yield Span(start, end, span.label, span.data), piece_tokens
        start = end
        while start < span.end and text[start].isspace():
            start += 1
