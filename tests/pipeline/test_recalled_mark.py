"""debt55: the field that tells a recalled deed (dated by a window, `act_dates.windowed`) from the deed its sentence
tells is a named setting (`settings.recalled_mark_field`), not a field name buried in `acts.recalled_apart`."""
from __future__ import annotations

from datetime import date

import pytest

from readout.model import Entity, Event
from readout.pipeline.acts import recalled_apart
from readout.settings import Settings

WINDOW = (date(2026, 3, 2), date(2026, 3, 8))


def attack(target: str, window: tuple[date, date] | None) -> Event:
    side = Entity(kind="country", id=target, name=target, country=target)
    return Event(type="ASSAULT", mode=None, status="occurred", participants=[], recipients=[side], date_window=window)


def test_the_mark_is_an_event_field():
    assert Settings().recalled_mark_field in Event.__dataclass_fields__


@pytest.mark.parametrize("first, second, apart", [
    (attack("UKR", WINDOW), attack("POL", None), True),  # a recalled deed and a told one at another side: two acts
    (attack("UKR", None), attack("POL", WINDOW), True),
    (attack("UKR", WINDOW), attack("UKR", None), False),  # the same side: a retelling
    (attack("UKR", None), attack("POL", None), False),  # neither recalled: the other rules decide
    (attack("UKR", WINDOW), attack("POL", WINDOW), False),  # both recalled
])
def test_recalled_apart_reads_the_named_mark(first, second, apart):
    assert recalled_apart(first, second, Settings().recalled_mark_field) is apart
