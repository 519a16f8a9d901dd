"""(debt56b) pipeline/answer_dates: an answer dated only by the story moves to the later day of what it answers,
unless the deed is recalled (`Event.recalled`: dated by the window of days up to the story's). The guards asked
`date_window` for 'recalled'; a set window alone (a part of a month) no longer stands for it. Events built by hand
(no sentence sets a window on a story-dated act): a recalled deed keeps its day, a windowed one that is not recalled
is moved like any other, in each of the three rules."""
from __future__ import annotations

from datetime import date

import pytest

from readout.model import OCCURRED, Entity, Event
from readout.pipeline.answer_dates import not_before_answered, not_before_offense, not_before_welcomed
from readout.pipeline.narrative import Offense

STORY_DAY, LATER = date(2026, 4, 6), date(2026, 4, 8)
WINDOW = (date(2026, 4, 1), date(2026, 4, 6))


def state(code: str) -> Entity:
    return Entity("country", code, code, country=code)


def story_dated(kind: str, actor: str, target: str, recalled: bool, window: bool) -> Event:
    return Event(kind, None, OCCURRED, [state(actor)], [state(target)], date=STORY_DAY, date_precision="day",
                 date_basis="narrative", date_window=WINDOW if window else None, recalled=recalled)


def earlier_deed(actor: str, target: str) -> Event:
    return Event("ASSAULT", None, OCCURRED, [state(actor)], [state(target)], date=LATER, date_precision="day",
                 date_basis="text")


CASES = [  # (recalled, window set, the answer's day after the rule)
    (False, False, LATER),
    (False, True, LATER),  # a window alone is no recall: the answer moves
    (True, True, STORY_DAY),  # a recalled deed came before the story's day: kept
]


@pytest.mark.parametrize("recalled,window,expected", CASES)
def test_rejection_answers_the_deed(recalled: bool, window: bool, expected: date) -> None:
    event = story_dated("REJECT", "NPL", "BTN", recalled, window)
    not_before_answered(event, [earlier_deed("BTN", "NPL")])
    assert event.date == expected


@pytest.mark.parametrize("recalled,window,expected", CASES)
def test_welcome_after_the_praised_deed(recalled: bool, window: bool, expected: date) -> None:
    event = story_dated("SUPPORT", "NPL", "BTN", recalled, window)
    not_before_welcomed(event, [earlier_deed("BTN", "IND")], welcomed=True)
    assert event.date == expected


@pytest.mark.parametrize("recalled,window,expected", CASES)
def test_protest_after_the_offense(recalled: bool, window: bool, expected: date) -> None:
    event = story_dated("ACCUSE", "NPL", "BTN", recalled, window)
    offense = Offense(actors=["BTN"], index=0, day=LATER, stated=True)
    not_before_offense(event, offense, ref=date(2026, 4, 9))
    assert event.date == expected
