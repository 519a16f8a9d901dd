"""A Korean meeting only wished for (modal43, lexicon `meeting_wished_after_re`, lang/ko/reading_meetings.py):
'만날 용의가 있다', '만나고 싶다', '만남에 의지를 드러냈다', '회담을 원한다', '회담할 의사를 밝혔다' state a willingness, not
a meeting held or scheduled: no CONSULT, and the intent to meet is no AGREE of its own (lang/ko/reading_acts.py). A
plan keeps its nouns ('만날 예정이다'). Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

PUB = date(2025, 3, 10)
HEAD = "아나 소토 칠레 대통령은 "

WISHED = [
    HEAD + "루이스 키스페 페루 대통령을 만날 용의가 있다고 말했다.",
    HEAD + "루이스 키스페 페루 대통령을 올해 안에 만나고 싶다고 밝혔다.",
    HEAD + "루이스 키스페 페루 대통령과의 만남에 거듭 의지를 드러냈다.",
    HEAD + "루이스 키스페 페루 대통령과 정상회담을 원한다고 말했다.",
    HEAD + "루이스 키스페 페루 대통령과 회담할 의사를 밝혔다.",
    HEAD + "루이스 키스페 페루 대통령과의 정상회담 개최를 희망했다.",
]


@pytest.mark.parametrize("text", WISHED)
def test_wished_meeting_is_no_meeting(text):
    events = extract_text(text, published=PUB).events
    assert not [e for e in events if e.type in ("CONSULT", "AGREE")], [(e.type, e.status, e.trigger) for e in events]


def test_scheduled_meeting_stays_planned():
    text = HEAD + "12일 리마에서 루이스 키스페 페루 대통령과 만날 예정이다."
    assert_act(extract_text(text, published=PUB).events, "CONSULT", {"CHL", "PER"}, None, "planned")


HOPED = [  # a hope about another side: the speaker's REQUEST to it; the talks it should help bring about are no meeting
    "아나 소토 칠레 대통령은 \"브라질이 페루와 볼리비아 간 대화 여건 조성에 역할을 해주길 바란다\"고 말했다.",
    HEAD + "페루와 볼리비아 간 대화 재개에 브라질이 기여하기를 희망한다고 밝혔다.",
]


@pytest.mark.parametrize("text", HOPED)
def test_hope_is_a_request_to_the_one_hoped_of(text):
    events = extract_text(text, published=PUB).events
    assert_act(events, "REQUEST", {"CHL"}, {"BRA"}, "occurred")
    assert_act(events, "CONSULT", set(), None, None)


WARNED = [  # the content of a warning or a demand is no second act
    ("베네수엘라 국방장관은 가이아나에 대해 \"더욱 공세적인 군사 행동에 나설 것\"이라고 경고했다.",
     [("THREATEN", {"VEN"}, {"GUY"}, "occurred"), ("ASSAULT", None, None, None)]),
    ("칠레 정부는 페루에 해상 경계선 인근 해상 훈련을 중단하라고 촉구했다.",
     [("REQUEST", {"CHL"}, {"PER"}, "occurred"), ("MOBILIZE", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", WARNED)
def test_warned_content_is_no_act(text, expected):
    events = extract_text(text, published=PUB).events
    for type_, actors, recipients, status in expected:
        assert_act(events, type_, actors, recipients, status)
