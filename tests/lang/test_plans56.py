"""(plans56, issue 15) Plans in both languages, third round, with sentences of our own: the coming week ('오는 주') is
next week's window; a plan named by a noun and withdrawn gives nothing; a measure said ahead with no condition is the
threat said (the manual's THREATEN expel), in both languages alike."""
from __future__ import annotations

import datetime

import pytest

from tests.event_sides import events

NEXT_WEEK = [  # published Thursday 2026-03-12: next week runs Monday 16 to Sunday 22
    "케냐 대통령은 오는 주 탄자니아를 방문할 예정이다.",
    "케냐 대통령은 오는 주에 탄자니아를 방문한다.",
    "케냐 대통령은 다음 주 탄자니아를 방문할 예정이다.",
    "The Kenyan president will visit Tanzania next week.",
]


@pytest.mark.parametrize("sentence", NEXT_WEEK)
def test_the_coming_week_is_next_weeks_window(sentence):
    found = [e for e in events(sentence) if e.status == "planned"]
    assert found, [(e.type, e.status) for e in events(sentence)]
    assert found[0].date_window == (datetime.date(2026, 3, 16), datetime.date(2026, 3, 22))


NOT_A_WEEK = [  # '오는 주말' is the weekend, '오는 주요 회의' a major meeting
    ("케냐 대통령은 오는 주말 탄자니아를 방문할 예정이다.", (datetime.date(2026, 3, 14), datetime.date(2026, 3, 15))),
    ("케냐 대통령은 오는 주요 회의에서 탄자니아 대통령과 회담할 예정이다.", None),
]


@pytest.mark.parametrize("sentence, window", NOT_A_WEEK)
def test_other_words_after_the_coming_are_no_week(sentence, window):
    found = [e for e in events(sentence) if e.status == "planned"]
    assert found and found[0].date_window == window


WITHDRAWN = [  # one's own plan, named by its deed's noun, withdrawn: no concession, no retreat, no deed planned
    "Ghana withdrew its plan to expel the Togolese envoys.",
    "Ghana reversed its decision to expel two Togolese diplomats.",
    "가나는 토고 외교관 추방 계획을 철회했다.",
    "가나는 토고에 대한 제재 계획을 취소했다.",
]


@pytest.mark.parametrize("sentence", WITHDRAWN)
def test_a_plan_withdrawn_gives_nothing(sentence):
    assert events(sentence) == [], [(e.type, e.mode, e.status) for e in events(sentence)]


YIELDED = [  # a measure in force withdrawn stays the concession; troops withdrawn the retreat
    ("가나는 토고에 대한 제재를 철회했다.", "CONCEDE"),
    ("Ghana withdrew its troops from Togo.", "RETREAT"),
]


@pytest.mark.parametrize("sentence, kind", YIELDED)
def test_a_measure_or_force_withdrawn_stays(sentence, kind):
    assert [e.type for e in events(sentence)] == [kind]


SAID_AHEAD = [  # a hostile measure said ahead, no condition: the threat said (THREATEN expel), occurred, at the side
    "Ghana said it will expel two Togolese diplomats.",
    "가나는 토고 외교관 2명을 추방하겠다고 밝혔다.",
]


@pytest.mark.parametrize("sentence", SAID_AHEAD)
def test_a_measure_said_ahead_is_the_threat_in_both_languages(sentence):
    found = [(e.type, e.mode, e.status, [r.country for r in e.recipients]) for e in events(sentence)]
    assert found == [("THREATEN", "expel", "occurred", ["TGO"])]
