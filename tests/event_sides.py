"""The events readout extracts from a text we wrote, and the sides of those of one type: the helpers the end-to-end
class tests of both languages share (tests/pipeline, tests/lang)."""
from __future__ import annotations

from readout.api import extract_text


def events(text: str, published: str = "2026-03-12"):
    return extract_text(text, published=published).events


def sides(text: str, kind: str, published: str = "2026-03-12") -> list[tuple[list[str], list[str]]]:
    return [([p.country for p in e.participants], [r.country for r in e.recipients])
            for e in events(text, published) if e.type == kind]


def sector_sides(text: str, kind: str) -> tuple[set, set]:
    """The first event of `kind`: its acting and receiving (country, sector) pairs; fails naming what was found."""
    found = [e for e in events(text) if e.type == kind]
    assert found, [(e.type, [p.country for p in e.participants]) for e in events(text)]
    return ({(p.country, p.sector) for p in found[0].participants},
            {(p.country, p.sector) for p in found[0].recipients})
