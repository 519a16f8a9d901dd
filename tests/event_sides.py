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


def country_sector(entity) -> tuple[str, str]:
    """A side as its (country, sector) pair."""
    return entity.country, entity.sector


def country_only(entity) -> str:
    """A side as its country alone."""
    return entity.country


def check_class_row(sentence: str, published: str, type_: str, acting, receiving, side=country_sector,
                    absent_statuses: tuple[str, ...] = ("occurred", "planned")) -> None:
    """The class tables' one check (tests/lang/test_plover51.py and after): `acting` None means no event of `type_`
    with a status in `absent_statuses`; else the first such event's acting sides include `acting` and, unless
    `receiving` is None, its receiving sides are `receiving` (each side as `side` renders it)."""
    found = [e for e in events(sentence, published) if e.type == type_]
    if acting is None:
        assert not [e for e in found if e.status in absent_statuses], [(e.type, e.status) for e in found]
        return
    assert found, [(e.type, [p.country for p in e.participants]) for e in events(sentence, published)]
    e = found[0]
    assert acting <= {side(p) for p in e.participants}
    if receiving is not None:
        assert {side(p) for p in e.recipients} == receiving


def check_held_member(text: str, kind: str, acting: tuple[str, str], receiving: set) -> None:
    """people53b's member rows in both languages: the first event of `kind` has `acting` among its (country, sector)
    sides, exactly `receiving` as its receiving sides, and no side that is both (a member held has an id of its own)."""
    found = [e for e in events(text) if e.type == kind]
    assert found, [e.type for e in events(text)]
    assert acting in {country_sector(p) for p in found[0].participants}
    assert {country_sector(r) for r in found[0].recipients} == receiving
    assert not {p.id for p in found[0].participants} & {r.id for r in found[0].recipients}
