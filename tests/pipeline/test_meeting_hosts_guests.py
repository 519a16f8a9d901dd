"""Meetings in both languages: hosts named with guests of a multilateral meeting, and the other classes listed. A host
named with guests who are all parties of the multilateral meeting just reported restates it (`pipeline/events.py`
restates); a place inside what the talks were about is no venue (`lang/en/places.py` topic mark, `pick_place`); a
date before 'X 이후 처음' dates X, not the meeting (`lexicon/ko.yaml` date_background_after_re).

Formerly tests/pipeline/test_news9_meetings.py; classes first read as "news9 meeting rules on sentences we wrote
(countries and people outside the tuned sets), each rule in both languages where the class exists in both"
(docs/history.md)."""
from datetime import date

import pytest

from tests.conftest import events_of, names

TRIO_EN = ("The foreign ministers of Brazil, India and South Africa met in Brasilia on Monday. ")
TRIO_KO = "조현 외교부 장관과 페니 웡 호주 외교장관, 윈스턴 피터스 뉴질랜드 외교장관은 13일 서울에서 만났다. "


@pytest.mark.parametrize("text, published, meetings", [
    (TRIO_EN + "Brazilian Foreign Minister Mauro Vieira hosted Indian External Affairs Minister Subrahmanyam "
     "Jaishankar and South African Foreign Minister Ronald Lamola at the Itamaraty Palace.", date(2025, 11, 18),
     [{"Mauro Vieira", "S. Jaishankar", "Ronald Lamola"}]),
    (TRIO_KO + "조 장관은 이날 오후 웡 장관, 피터스 장관과 회담했다.", date(2025, 11, 14),
     [{"Cho Hyun", "Penny Wong", "Winston Peters"}]),
    # the text says the host met each guest on his own: one meeting per guest, beside the trilateral
    (TRIO_EN + "Brazilian Foreign Minister Mauro Vieira also met Indian External Affairs Minister Subrahmanyam "
     "Jaishankar and South African Foreign Minister Ronald Lamola separately.", date(2025, 11, 18),
     [{"Mauro Vieira", "S. Jaishankar", "Ronald Lamola"}, {"Mauro Vieira", "S. Jaishankar"},
      {"Mauro Vieira", "Ronald Lamola"}]),
    # no multilateral meeting of theirs before: a host meeting two guests in one sentence still meets each
    ("Brazilian Foreign Minister Mauro Vieira met Indian External Affairs Minister Subrahmanyam Jaishankar and "
     "South African Foreign Minister Ronald Lamola on Monday.", date(2025, 11, 18),
     [{"Mauro Vieira", "S. Jaishankar"}, {"Mauro Vieira", "Ronald Lamola"}]),
])
def test_a_host_with_the_guests_of_the_reported_meeting_restates_it(extract, text, published, meetings):
    found = [names(e) for e in events_of(extract(text, published=published), "CONSULT")]
    assert sorted(found, key=sorted) == sorted(meetings, key=sorted)


@pytest.mark.parametrize("text, place", [
    ("Penny Wong and Mohamad Hasan held talks on the sidelines of the summit on Monday, discussing the war in "
     "Ukraine.", None),
    ("Penny Wong and Mohamad Hasan met on Monday to discuss the situation in Myanmar.", None),
    ("Penny Wong and Mohamad Hasan held talks on Monday, focusing on the humanitarian crisis in Sudan.", None),
    # the venue stays the venue when the topic phrase follows it
    ("Penny Wong and Mohamad Hasan held talks in Canberra on Monday, discussing the war in Ukraine.", "Canberra"),
    ("Penny Wong met Mohamad Hasan in Kuala Lumpur on Monday to discuss the situation in Myanmar.", "Kuala Lumpur"),
])
def test_a_place_the_talks_were_about_is_no_venue(extract, text, place):
    (e,) = events_of(extract(text, published=date(2025, 11, 18)), "CONSULT")
    assert (e.location.name if e.location else None) == place


@pytest.mark.parametrize("text, published, day", [
    # the month before 'X 이후 처음' is when X happened (taking office); the meeting is the report's
    ("지난달 조 장관 취임 이후 처음 열린 한일 외교장관 회담이다.", date(2025, 11, 20), date(2025, 11, 20)),
    ("지난 3월 피터스 장관 방한 이후 첫 외교장관 회담으로, 조현 장관은 20일 윈스턴 피터스 뉴질랜드 외교장관과 만났다.",
     date(2025, 11, 21), date(2025, 11, 20)),
])
def test_a_date_before_since_first_is_background(extract, text, published, day):
    (e,) = events_of(extract(text, published=published), "CONSULT")
    assert e.date == day


@pytest.mark.parametrize("text, mode, place", [
    ("Penny Wong spoke with Mohamad Hasan on the sidelines of the ASEAN summit in Kuala Lumpur on Monday.", None,
     "Kuala Lumpur"),
    ("Penny Wong and Mohamad Hasan spoke on the margins of the G20 meeting in Johannesburg on Monday.", None,
     "Johannesburg"),
    ("페니 웡 호주 외교장관은 17일 아세안 정상회의가 열린 쿠알라룸푸르에서 모하마드 하산 말레이시아 외교장관과 만났다.", None,
     "Kuala Lumpur"),
    # a call word still makes it a call, and 'spoke' alone, with no conference, stays one
    ("Penny Wong spoke by phone with Mohamad Hasan on Monday, a day after the ASEAN summit.", "phone", None),
    ("Penny Wong spoke with Mohamad Hasan on Monday.", "phone", None),
])
def test_spoke_at_a_conference_is_no_call(extract, text, mode, place):
    (e,) = events_of(extract(text, published=date(2025, 11, 18)), "CONSULT")
    assert (e.mode, e.location.name if e.location else None) == (mode, place)


@pytest.mark.parametrize("text, recalled", [
    ("조현 외교부 장관은 20일 서울에서 아니타 아난드 캐나다 외교장관과 회담했다. 두 장관은 지난 7월 워싱턴에서 회담한 "
     "이후 넉 달 만에 다시 만났다.", (date(2025, 7, 1), "month", "Washington")),
    ("조현 외교부 장관은 20일 서울에서 아니타 아난드 캐나다 외교장관과 회담했다. 두 장관의 회담은 지난 7월 워싱턴 회담 "
     "이후 넉 달 만이다.", (date(2025, 7, 1), "month", None)),
    # a meeting word of another moment with no date of its own is no earlier meeting
    ("조현 외교부 장관은 20일 서울에서 아니타 아난드 캐나다 외교장관과 회담했다. 두 장관은 회담에 앞서 환담을 나눴다.", None),
])
def test_an_earlier_meeting_named_by_a_group_word_is_its_own(extract, text, recalled):
    meetings = sorted(events_of(extract(text, published=date(2025, 11, 21)), "CONSULT"), key=lambda e: e.date)
    assert all(names(e) == {"Cho Hyun", "Anita Anand"} for e in meetings)
    assert meetings[-1].date == date(2025, 11, 20) and meetings[-1].location.name == "Seoul"
    earlier = [(e.date, e.date_precision, e.location.name if e.location else None) for e in meetings[:-1]]
    assert earlier == ([recalled] if recalled else [])


@pytest.mark.parametrize("text", [
    "조현 외교부 장관은 아난드 장관과의 회담에 앞서 20일 오전 마크 카니 캐나다 총리를 예방했다.",
])
def test_a_town_inside_a_persons_name_is_no_venue(extract, text):
    (e,) = events_of(extract(text, published=date(2025, 11, 21)), "CONSULT")
    assert names(e) == {"Cho Hyun", "Mark Carney"} and e.location is None
