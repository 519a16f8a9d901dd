"""Korean acts of statements (koacts38): a demand's content in quotes ('"... 응할 것"을 요구했다') is no act of the
speaker's; a protest voiced by a titled official is the official's state's ACCUSE; the critic of a meeting ('B의 방문을
비난했다') is no party of it; a headline's list before a verb ('칠레 제재·페루 훈련 반발하며') is what the verb objects to.
Every sentence here is our own."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.conftest import countries
from tests.lang.ko.act_rows import PUB, check

QUOTED_CONTENT = [
    ("칠레 외교부는 \"페루의 국경 폐쇄에 유감을 표명한다\"며 \"즉각 국경을 다시 열고 협상에 응할 것\"을 요구했다.",
     [("ACCUSE", {"CHL"}, {"PER"}, "occurred"), ("REQUEST", {"CHL"}, {"PER"}, "occurred"), ("AGREE", None, None, None)]),
    ("칠레 외교부는 페루에 '포로를 석방하고 대화에 호응할 것'을 촉구했다.",
     [("REQUEST", {"CHL"}, {"PER"}, "occurred"), ("AGREE", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", QUOTED_CONTENT)
def test_quoted_demand_content_is_no_act(text, expected):
    check(text, expected)


TITLED_PROTESTS = [  # a deputy ranked by an ordinal, an office with a portfolio ('X 담당') that may name a state
    ("리철민 북한 외무성 제1부상은 일본이 대북 독자제재를 연장한 데 대해 강하게 반발했다.",
     [("ACCUSE", {"PRK"}, {"JPN"}, "occurred")]),
    ("김철민 북한 외무성 일본 담당 부상은 미국의 해상 훈련을 맹비난했다.", [("ACCUSE", {"PRK"}, {"USA"}, "occurred")]),
    ("칠레 외교부 페루 담당 국장은 볼리비아가 국경을 폐쇄한 데 대해 강하게 반발했다.",
     [("ACCUSE", {"CHL"}, {"BOL"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", TITLED_PROTESTS)
def test_titled_official_protest_is_the_state_s(text, expected):
    check(text, expected)


JUDGED_MEETINGS = [  # the subject of a verb of disapproval whose object is a meeting word takes no part in it
    "후안 페레스 볼리비아 국방장관은 마리오 두케 콜롬비아 국방장관과 로사 이바라 에콰도르 국방장관의 국경 초소 방문을 "
    "\"노골적인 도발\"이라고 비난했다.",
    "후안 페레스 볼리비아 국방장관은 마리오 두케 콜롬비아 국방장관과 로사 이바라 에콰도르 국방장관의 국경 초소 방문을 "
    "강하게 비판했다.",
    "후안 페레스 볼리비아 외교장관은 마리오 두케 콜롬비아 대통령과 로사 이바라 에콰도르 대통령의 회담에 대해 반발했다.",
]


@pytest.mark.parametrize("text", JUDGED_MEETINGS)
def test_judge_of_a_meeting_is_no_party(text):
    events = extract_text(text, published=PUB).events
    assert any(e.type == "ACCUSE" and "BOL" in countries(e.participants) for e in events), events
    assert not [e for e in events if e.type == "CONSULT" and "BOL" in countries(e.participants)]


LISTED_OBJECTS = [  # a headline's list joined by '·' before a verb is what the verb objects to, no act of the subject
    ("볼리비아, 칠레 제재·페루 군사훈련 반발하며 미사일 발사",
     [("SANCTION", None, None, None), ("ACCUSE", {"BOL"}, None, "occurred")]),
    ("볼리비아, 칠레 제재·페루 국방장관 방문 반발하며 국경 폐쇄", [("SANCTION", None, None, None)]),
    ("정부, 볼리비아 도발 규탄·대화 촉구", [("ACCUSE", {"KOR"}, {"BOL"}, "occurred")]),  # a list ending the phrase
]


@pytest.mark.parametrize("text,expected", LISTED_OBJECTS)
def test_headline_list_before_a_verb_is_its_object(text, expected):
    check(text, expected)
