"""Split content paragraphs into sentences with the splitter of each paragraph's language.

A "sentence" longer than `max_sentence_chars` (an unpunctuated paragraph, a table flattened into one
line) is cut at the last space before the cap: every later step pairs things within a sentence
(triggers with mentions, mentions with dates), so an unbounded sentence makes them quadratic; a
bounded one keeps the whole pipeline linear in the length of the text.
"""
from __future__ import annotations

from bisect import bisect_left

from readout import budget
from readout.model import Article, Span


def split_sentences(article: Article, ctx) -> Article:
    for para in article.paragraphs:
        for start, end in pieces(article.text, para.start, para.end, ctx.settings.max_paragraph_chars):
            budget.check("split_sentences")
            split_piece(article, ctx, para.label, start, end)
    return article


def pieces(text: str, start: int, end: int, cap: int):
    """A paragraph, or pieces of it of at most `cap` characters cut at spaces: the splitter (Kiwi)
    cannot be interrupted, so a megabyte without a line break goes to it in pieces, with the time
    budget checked between them."""
    while end - start > cap:
        cut = text.rfind(" ", start + 1, start + cap)
        cut = cut if cut > start else start + cap
        yield start, cut
        start = cut
    yield start, end


def split_piece(article: Article, ctx, label: str, start: int, end: int) -> None:
    text = article.text[start:end]
    if text.strip():
        for span, tokens in ctx.language(label).split_sentences(text, start):
            for piece, piece_tokens in capped(article.text, span, tokens, ctx.settings.max_sentence_chars):
                article.sentences.append(piece)
                if piece_tokens:
                    article.tokens[piece.start] = piece_tokens


def capped(text: str, span: Span, tokens, cap: int):
    """The sentence itself, or pieces of at most `cap` characters cut at spaces, each with its own
    tokens (token offsets are relative to the piece)."""
    if span.end - span.start <= cap:
        yield span, tokens
        return
    starts = [start for _form, _tag, start, _length in tokens]
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
