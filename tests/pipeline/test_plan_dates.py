"""A date inside the complement of a decision or agreement is the planned deed's time ('agreed to send a team later
this month', '이달 안에 조사단을 보내기로 합의했다'): it dates neither the agreement nor the meeting where it was reached
(lang/ko/language.py and lang/en/language.py `plan_extent`); a meeting word inside the complement still takes it
('agreed to hold talks next month': the talks' month); a day right after a Korean topic stays the decision's."""
from __future__ import annotations

import datetime as dt

import pytest

from readout.api import extract_text

PUB = "2019-05-10"  # a Friday
THURSDAY = dt.date(2019, 5, 9)

REACHED_AT_A_MEETING = [
    "(서울=연합뉴스) 문재인 대통령과 아베 신조 일본 총리는 9일 부산에서 열린 정상회담에서 이달 안에 조사단을 보내기로 합의했다.",
    "(서울=연합뉴스) 문재인 대통령과 아베 신조 일본 총리는 전날(9일) 부산에서 열린 정상회담에서 이달 중 조사단을 현장에 보내기로 "
    "뜻을 모았다.",
    "SEOUL, May 10 (Yonhap) -- At a summit held in Busan on Thursday, President Moon Jae-in and Japanese Prime Minister "
    "Shinzo Abe agreed to send a team of experts later this month.",
]


@pytest.mark.parametrize("text", REACHED_AT_A_MEETING)
def test_a_plans_period_dates_neither_the_agreement_nor_its_meeting(text):
    events = extract_text(text, published=PUB).events
    by_type = {e.type: e for e in events}
    assert by_type["CONSULT"].date == THURSDAY and by_type["CONSULT"].location.name == "Busan"
    assert by_type["AGREE"].date == THURSDAY


@pytest.mark.parametrize("text", [
    "(서울=연합뉴스) 한국과 일본은 회담에서 다음 달 중 정상회담을 열기로 합의했다.",
    "SEOUL, May 10 (Yonhap) -- South Korea and Japan agreed to hold talks next month.",
])
def test_a_meeting_inside_the_plan_takes_its_period(text):
    talks = [e for e in extract_text(text, published=PUB).events if e.type == "CONSULT"]
    assert [(e.status, e.date, e.date_precision) for e in talks] == [("planned", dt.date(2019, 6, 1), "month")]


@pytest.mark.parametrize("text, day", [
    ("(서울=연합뉴스) 한국과 일본은 9일 조사단을 보내기로 합의했다.", THURSDAY),  # right after the topic: the decision's day
    ("SEOUL, May 10 (Yonhap) -- South Korea and Japan agreed on Thursday to send a team of experts.", THURSDAY),
])
def test_a_day_of_the_decision_stays_its_own(text, day):
    agreed = [e for e in extract_text(text, published=PUB).events if e.type == "AGREE"]
    assert [e.date for e in agreed] == [day]


@pytest.mark.parametrize("text", [
    "(서울=연합뉴스) 문재인 대통령과 아베 신조 일본 총리는 9일 통화하고 정상회담을 다음 달 중 도쿄에서 열기로 합의했다.",
    "SEOUL, May 10 (Yonhap) -- President Moon Jae-in plans to visit Japan next month to meet Prime Minister Shinzo Abe.",
])
def test_a_meeting_word_before_the_plans_period_takes_it_too(text):
    planned = [e for e in extract_text(text, published=PUB).events if e.type == "CONSULT" and e.status == "planned"]
    assert [(e.date, e.date_precision) for e in planned] == [(dt.date(2019, 6, 1), "month")]
