"""Mark web boilerplate and datelines, and split the text into language segments and paragraphs.

Nothing is removed from `Article.text`: boilerplate lines (share buttons, photo captions, bylines,
e-mails, "많이 본 기사", repeated lines) become spans that later steps skip, so every offset that
evidence points to is an offset into the stored text.
"""
from __future__ import annotations

from typing import Iterator

from readout.errors import UnsupportedInput
from readout.lang import by_script
from readout.lang.identify import SUPPORTED, identify, unsupported_message
from readout.model import Article, Span


def lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line, without its line break."""
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        yield pos, pos + len(body)
        pos += len(line)


def is_boilerplate_line(line: str, ctx) -> bool:
    for lang in ctx.line_rules():  # a loop, not any() over a generator: asked of every line
        if lang.boilerplate_line(line):
            return True
    return False


def squeeze(line: str) -> str:
    """The line without any whitespace: two lines that differ only in spacing repeat each other."""
    return "".join(line.split())


def mark_boilerplate(article: Article, ctx) -> Article:
    seen: set[str] = set()
    ratio = ctx.settings.hangul_ratio_ko
    for start, end in lines(article.text):
        line = article.text[start:end]
        key = squeeze(line)
        if not key:
            continue
        if is_boilerplate_line(line, ctx) or key in seen:
            article.boilerplate.append(Span(start, end, "boilerplate"))
            continue
        seen.add(key)
        cut = ctx.language(by_script(line, ratio)).dateline_end(line)
        if cut:
            article.datelines.append(Span(start, start + cut, "dateline"))
    return article


def split_segments(article: Article, ctx) -> Article:
    """Content paragraphs with their language, and the document's language segments (runs of one
    language: an original and its appended translation are two segments of one document)."""
    boiler = {(s.start, s.end) for s in article.boilerplate}
    datelines = {s.start: s.end for s in article.datelines}
    for start, end in lines(article.text):
        if (start, end) in boiler or not article.text[start:end].strip():
            continue
        body_start = datelines.get(start, start)
        while body_start < end and article.text[body_start].isspace():
            body_start += 1
        article.paragraphs.append(Span(body_start, end, identify(article.text[body_start:end], ctx.settings)))
    for para in article.paragraphs:
        last = article.segments[-1] if article.segments else None
        if last and last.label == para.label:
            article.segments[-1] = Span(last.start, para.end, last.label)
        else:
            article.segments.append(Span(para.start, para.end, para.label))
    article.segments = absorb_short_segments(article.segments, ctx.settings.min_segment_chars)
    article.paragraphs = supported_paragraphs(article)
    return article


def supported_paragraphs(article: Article) -> list[Span]:
    """The paragraphs in a language readout reads; a document with none is skipped, naming its language."""
    kept = [p for p in article.paragraphs if p.label in SUPPORTED]
    if article.paragraphs and not kept:
        texts = [article.text[p.start:p.end] for p in article.paragraphs]
        raise UnsupportedInput(unsupported_message(texts), doc=article.id, detail={"skipped": True})
    return kept


def absorb_short_segments(segments: list[Span], min_chars: int) -> list[Span]:
    """A short run of the other language (a quoted English phrase) is not a segment of its own."""
    out: list[Span] = []
    for seg in segments:
        if out and (seg.end - seg.start < min_chars or out[-1].label == seg.label):
            out[-1] = Span(out[-1].start, seg.end, out[-1].label)
        else:
            out.append(seg)
    if len(out) > 1 and out[0].end - out[0].start < min_chars:
        out[1] = Span(out[0].start, out[1].end, out[1].label)
        out.pop(0)
    return out
