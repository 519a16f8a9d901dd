"""(plans54) An English deed told in the plain present with a time ahead in its clause is a timetable, planned, as
Korean '다음 달 연합훈련을 실시한다' reads (tests/lang/ko/test_act_timetabled_deeds.py), with sentences of our own.

'Ghana expels two Togolese diplomats next week' read SANCTION occurred; it is SANCTION planned, dated by that week
(lang/en/act_timetabled). A deed's noun after a present light verb ('hold joint drills next month') reads the same.
Negative rows: the past, a present with no time ahead (a headline's), a habit ('every year'), a progressive, a
threat kept a threat.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.event_sides import check_occurred, check_planned, events

PUBLISHED = "2026-03-12"

ROWS = [  # (sentence, type, mode, actors, recipients, date, precision)
    ("Ghana expels two Togolese diplomats next week.", "SANCTION", "expel", {"GHA"}, {"TGO"}, date(2026, 3, 1), "month"),
    ("Uruguay imposes sanctions on Paraguay next month.", "SANCTION", "discontinue", {"URY"}, {"PRY"},
     date(2026, 4, 1), "month"),
    ("Next month, Chile deploys troops to its border with Bolivia.", "MOBILIZE", "troops", {"CHL"}, {"BOL"},
     date(2026, 4, 1), "month"),
    ("Norway sends tanks to Ukraine tomorrow.", "AID", "military", {"NOR"}, {"UKR"}, date(2026, 3, 13), "day"),
    ("Japan sends food aid to Nepal tomorrow.", "AID", "humanitarian", {"JPN"}, {"NPL"}, date(2026, 3, 13), "day"),
    ("Chile withdraws its troops from Bolivia next month.", "RETREAT", "withdraw", {"CHL"}, {"BOL"},
     date(2026, 4, 1), "month"),
    ("Chile holds military exercises near its border with Bolivia next month.", "MOBILIZE", "troops", {"CHL"}, {"BOL"},
     date(2026, 4, 1), "month"),
    ("Chile and Bolivia hold joint military exercises next month.", "COOPERATE", None, {"CHL", "BOL"}, set(),
     date(2026, 4, 1), "month"),
    ("Chile and Bolivia share intelligence next month.", "COOPERATE", None, {"CHL", "BOL"}, set(),
     date(2026, 4, 1), "month"),
]


@pytest.mark.parametrize("sentence, kind, mode, actors, recipients, when, precision", ROWS)
def test_plain_present_with_time_ahead_is_planned(sentence, kind, mode, actors, recipients, when, precision):
    check_planned(sentence, PUBLISHED, kind, mode, actors, recipients, when, precision)


NEGATIVES = [  # (sentence, type): found, and occurred
    ("Ghana expelled two Togolese diplomats last week.", "SANCTION"),  # the past
    ("Ghana expels two Togolese diplomats.", "SANCTION"),  # no time ahead: a headline's present
    ("Chile and Bolivia held joint military exercises last month.", "COOPERATE"),  # the past, a noun's verb
    ("Chile and Bolivia hold joint military exercises.", "COOPERATE"),  # no time ahead
]


@pytest.mark.parametrize("sentence, kind", NEGATIVES)
def test_other_tenses_keep_occurred(sentence, kind):
    check_occurred(sentence, PUBLISHED, kind)


def test_habit_is_no_timetable():
    found = events("Chile and Bolivia hold joint military exercises every year.", PUBLISHED)
    assert not [e for e in found if e.status == "planned"], [(e.type, e.status) for e in found]


def test_a_threat_stays_a_threat():
    found = [e for e in events("Ghana threatens to expel Togolese diplomats next week.", PUBLISHED)]
    assert [e for e in found if e.type == "THREATEN"], [(e.type, e.status) for e in found]
    assert not [e for e in found if e.type == "SANCTION" and e.status == "planned"]
