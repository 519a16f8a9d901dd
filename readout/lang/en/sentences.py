"""English sentences from pysbd, which knows "Nov.", "U.S." and "D.C." (kiwi keeps English whole)."""
from __future__ import annotations

import functools

from readout.model import Span


@functools.lru_cache(maxsize=1)
def segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def split(text: str, offset: int) -> list[tuple[Span, list]]:
    out = []
    for piece in segmenter().segment(text):
        body = piece.sent.rstrip()
        if body.strip():
            lead = len(body) - len(body.lstrip())
            out.append((Span(offset + piece.start + lead, offset + piece.start + len(body), "en"), []))
    return out
