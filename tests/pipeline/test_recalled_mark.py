"""debt56: a recalled deed (dated by the window of days before the story, `act_dates.windowed`, or by a year gone by
that frames it) carries its own flag, `Event.recalled`, which `acts.recalled_apart` reads; debt55 had named the proxy
(a set `date_window`, which a month part the deed's own words state also sets) as a setting. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.model import Entity, Event
from readout.pipeline.acts import recalled_apart
from tests.event_sides import events


def attack(target: str, recalled: bool) -> Event:
    side = Entity(kind="country", id=target, name=target, country=target)
    return Event(type="ASSAULT", mode=None, status="occurred", participants=[], recipients=[side], recalled=recalled)


@pytest.mark.parametrize("first, second, apart", [
    (attack("UKR", True), attack("POL", False), True),  # a recalled deed and a told one at another side: two acts
    (attack("UKR", False), attack("POL", True), True),
    (attack("UKR", True), attack("UKR", False), False),  # the same side: a retelling
    (attack("UKR", False), attack("POL", False), False),  # neither recalled: the other rules decide
    (attack("UKR", True), attack("POL", True), False),  # both recalled
])
def test_recalled_apart_reads_the_flag(first, second, apart):
    assert recalled_apart(first, second) is apart


ROWS = [  # (sentence, type, receiving state, recalled)
    ("The Chadian army, which had shelled a Sudanese village, shelled a Libyan village on Tuesday.", "ASSAULT", "SDN",
     True),
    ("The Chadian army, which had shelled a Sudanese village, shelled a Libyan village on Tuesday.", "ASSAULT", "LBY",
     False),
    ("수단 마을을 포격했던 차드군은 화요일 리비아 마을을 포격했다.", "ASSAULT", "SDN", True),
    ("수단 마을을 포격했던 차드군은 화요일 리비아 마을을 포격했다.", "ASSAULT", "LBY", False),
    ("Earlier this year, Chad expelled two Sudanese diplomats.", "SANCTION", "SDN", True),  # a year gone by frames it
    ("Chad shelled a Sudanese village in late March.", "ASSAULT", "SDN", False),  # its own words' month part: a window,
]                                                                                 # no recall


@pytest.mark.parametrize("text, kind, receiving, recalled", ROWS)
def test_a_recalled_deed_is_flagged(text, kind, receiving, recalled):
    found = [e for e in events(text) if e.type == kind and {r.country for r in e.recipients} == {receiving}]
    assert len(found) == 1, [(e.type, [r.country for r in e.recipients]) for e in events(text)]
    assert found[0].recalled is recalled


def test_a_month_part_keeps_its_window_unflagged():
    """The window alone was the proxy: a stated month part has one too, and is no recalled deed."""
    e = [e for e in events("Chad shelled a Sudanese village in late March.") if e.type == "ASSAULT"][0]
    assert e.date_window is not None and e.date_window[0] >= date(2026, 3, 1) and not e.recalled
