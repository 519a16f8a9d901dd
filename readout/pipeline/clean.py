"""Mark web boilerplate and datelines, and split the text into language segments and paragraphs.

Nothing is removed from `Article.text`: boilerplate lines (share buttons, photo captions, bylines,
e-mails, "많이 본 기사", repeated lines) become spans that later steps skip, so every offset that
evidence points to is an offset into the stored text.
"""
from __future__ import annotations

import re
from typing import Iterator

from readout.errors import UnsupportedInput
from readout.kb.loader import lexicon
from readout.lang.identify import SUPPORTED, identify, unsupported_message
from readout.model import Article, Span
from readout.settings import SETTINGS

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+|\[email\s*protected\]")


def lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line, without its line break."""
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        yield pos, pos + len(body)
        pos += len(line)


LATIN_BYTES = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))
HANGUL_LEAD_BYTES = bytes(range(0xEA, 0xEE))  # UTF-8 lead bytes of U+A000..U+DFFF: Hangul syllables


def hangul_and_latin(text: str) -> tuple[int, int]:
    """How many Hangul syllables and Latin letters `text` holds. Counted on UTF-8 bytes with C-level
    deletes: this runs on every line of every document (the lead bytes also cover a few rare scripts
    near the Hangul block, which news text does not use)."""
    raw = text.encode("utf-8", errors="ignore")
    return len(raw) - len(raw.translate(None, HANGUL_LEAD_BYTES)), len(raw) - len(raw.translate(None, LATIN_BYTES))


def language_of(text: str) -> str:
    """'ko' when Hangul makes up enough of the letters."""
    hangul, latin = hangul_and_latin(text)
    return "ko" if hangul and hangul / (hangul + latin) >= SETTINGS.hangul_ratio_ko else "en"


def is_boilerplate_line(line: str) -> bool:
    has_email = "@" in line or "[email" in line
    for lang in ("ko", "en"):
        lex = lexicon(lang)
        if any(p.search(line) for p in lex.patterns("boilerplate_line_re")):
            return True
        if has_email and len(line) <= lex["email_line_max_chars"] and EMAIL_RE.search(line):
            return True
    return False


def dateline_end(line: str, lang: str) -> int:
    """Length of the dateline that opens a line ("[서울=뉴시스]최서진 기자 =", "SEOUL, Nov 2 (Reuters) -")."""
    for p in lexicon(lang).patterns("dateline_re"):
        m = p.match(line)
        if m and m.end() < len(line):
            return m.end()
    return 0


def mark_boilerplate(article: Article) -> Article:
    seen: set[str] = set()
    for start, end in lines(article.text):
        line = article.text[start:end]
        key = re.sub(r"\s+", "", line)
        if not key:
            continue
        if is_boilerplate_line(line) or key in seen:
            article.boilerplate.append(Span(start, end, "boilerplate"))
            continue
        seen.add(key)
        cut = dateline_end(line, language_of(line))
        if cut:
            article.datelines.append(Span(start, start + cut, "dateline"))
    return article


def split_segments(article: Article) -> Article:
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
        article.paragraphs.append(Span(body_start, end, identify(article.text[body_start:end])))
    for para in article.paragraphs:
        last = article.segments[-1] if article.segments else None
        if last and last.label == para.label:
            article.segments[-1] = Span(last.start, para.end, last.label)
        else:
            article.segments.append(Span(para.start, para.end, para.label))
    article.segments = absorb_short_segments(article.segments)
    article.paragraphs = supported_paragraphs(article)
    return article


def supported_paragraphs(article: Article) -> list[Span]:
    """The paragraphs in a language readout reads; a document with none is skipped, naming its language."""
    kept = [p for p in article.paragraphs if p.label in SUPPORTED]
    if article.paragraphs and not kept:
        texts = [article.text[p.start:p.end] for p in article.paragraphs]
        raise UnsupportedInput(unsupported_message(texts), doc=article.id, detail={"skipped": True})
    return kept


def absorb_short_segments(segments: list[Span]) -> list[Span]:
    """A short run of the other language (a quoted English phrase) is not a segment of its own."""
    out: list[Span] = []
    for seg in segments:
        if out and (seg.end - seg.start < SETTINGS.min_segment_chars or out[-1].label == seg.label):
            out[-1] = Span(out[-1].start, seg.end, out[-1].label)
        else:
            out.append(seg)
    if len(out) > 1 and out[0].end - out[0].start < SETTINGS.min_segment_chars:
        out[1] = Span(out[0].start, out[1].end, out[1].label)
        out.pop(0)
    return out
