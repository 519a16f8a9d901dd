"""(future53) A Korean deed told in the plain present after a time ahead is a timetable, planned, with sentences of
our own.

'칠레와 페루는 다음 달 연합훈련을 실시한다' read MOBILIZE occurred, dated the report's day; it is MOBILIZE planned,
dated next month, as '실시할 예정이다' reads (lang/ko/act_timetabled). Negative rows: the past ('지난달 ... 실시했다'),
a present with no time ahead (a headline's or a statement's), a habit ('매년'), a progressive ('추방하고 있다').
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.event_sides import check_occurred, check_planned, events

PUBLISHED = "2026-03-12"

ROWS = [  # (sentence, type, mode, actors, recipients, date, precision)
    ("칠레와 페루는 다음 달 연합훈련을 실시한다.", "COOPERATE", None, {"CHL", "PER"}, set(), date(2026, 4, 1), "month"),
    ("칠레와 페루는 다음 달 연합훈련을 실시한다고 밝혔다.", "COOPERATE", None, {"CHL", "PER"}, set(),
     date(2026, 4, 1), "month"),
    ("가나는 오는 20일 토고 외교관 두 명을 추방한다.", "SANCTION", "expel", {"GHA"}, {"TGO"}, date(2026, 3, 20), "day"),
    ("노르웨이는 내일 우크라이나에 전차를 보낸다.", "AID", "military", {"NOR"}, {"UKR"}, date(2026, 3, 13), "day"),
    # the recipient of a planned retreat is not read (as '철수할 예정이다': open, coding-choices future53)
    ("가나는 다음 달 토고에서 병력을 철수한다.", "RETREAT", "withdraw", {"GHA"}, set(), date(2026, 4, 1), "month"),
    # plans54: cooperation set for a time ahead is planned too, as English 'share intelligence next month' reads
    ("칠레와 볼리비아는 다음 달 정보를 공유한다.", "COOPERATE", None, {"CHL", "BOL"}, set(), date(2026, 4, 1), "month"),
    ("칠레와 볼리비아는 다음 달 공동 순찰을 실시한다.", "COOPERATE", None, {"CHL", "BOL"}, set(), date(2026, 4, 1), "month"),
]


@pytest.mark.parametrize("sentence, kind, mode, actors, recipients, when, precision", ROWS)
def test_plain_present_with_time_ahead_is_planned(sentence, kind, mode, actors, recipients, when, precision):
    check_planned(sentence, PUBLISHED, kind, mode, actors, recipients, when, precision)


NEGATIVES = [  # (sentence, type): found, and occurred
    ("칠레와 페루는 지난달 연합훈련을 실시했다.", "COOPERATE"),  # the past
    ("가나는 토고 외교관 두 명을 추방한다.", "SANCTION"),  # no time ahead
    ("가나는 다음 달에도 토고 외교관들을 추방하고 있다.", "SANCTION"),  # a progressive
    ("칠레와 볼리비아는 지난달 정보를 공유했다.", "COOPERATE"),  # plans54: cooperation done
]


@pytest.mark.parametrize("sentence, kind", NEGATIVES)
def test_other_tenses_keep_occurred(sentence, kind):
    check_occurred(sentence, PUBLISHED, kind)


def test_habit_is_no_plan():
    assert not [e for e in events("칠레와 페루는 매년 연합훈련을 실시한다.", PUBLISHED) if e.status == "planned"]
