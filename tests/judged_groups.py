"""The checks koacts57b's Korean rows and their English twins share (tests/lang/ko/test_koacts57b.py,
tests/lang/en/test_koacts57b_twins.py): people judged under a label, an own group's attack condemned, a group's
members arrested. One body a check, so the twins cannot drift apart."""
from __future__ import annotations

from tests.event_sides import events


def sides(parts) -> set[tuple[str, str]]:
    """A side as its (country, sector) pairs."""
    return {(p.country, p.sector) for p in parts}


def first_of(text: str, kind: str):
    """The first event of `kind` in `text`, or None."""
    return next((e for e in events(text) if e.type == kind), None)


def check_judged(text: str, receiving: set) -> None:
    """The first ACCUSE exists and receives exactly `receiving`."""
    e = first_of(text, "ACCUSE")
    assert e is not None, [x.type for x in events(text)]
    assert sides(e.recipients) == receiving


def check_own_group_condemned(text: str, receiving: set) -> None:
    """Nigeria's condemnation receives `receiving`; an empty `receiving`: no one judged (the ACCUSE dropped by the
    exporter or kept with no receiver)."""
    e = first_of(text, "ACCUSE")
    if not receiving:
        assert e is None or not e.recipients, sides(e.recipients)
        return
    assert e is not None, [x.type for x in events(text)]
    assert ("NGA", "GOV") in sides(e.participants)
    assert sides(e.recipients) == receiving


def check_members_arrested(text: str, acting: tuple[str, str], receiving: set) -> None:
    """The first COERCE has exactly `acting` acting and `receiving` receiving."""
    e = first_of(text, "COERCE")
    assert e is not None, [x.type for x in events(text)]
    assert sides(e.participants) == {acting} and sides(e.recipients) == receiving
