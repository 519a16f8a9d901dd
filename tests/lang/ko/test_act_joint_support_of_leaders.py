"""Support voiced jointly by two states' leaders or ministers (k49), with sentences of our own.

'A와 B 정상은 C 정부에 대한 지지를 표명했다': the topic's phrase closes on its particle, so C, named right after it,
is the supported side and joins no list of actors (lang/ko/reading_meetings.coordinated, lexicon topic_closed_re);
the English twin 'A and B's leaders voiced support for C's government' reads the same. A goal nobody owns
('지역 평화에 대한 지지') stays no SUPPORT (pipeline/act_unreceived.shared_goal, cochair48).
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text, actors, recipients", [
    ("케냐와 탄자니아 정상은 소말리아 정부에 대한 지지를 표명했다.", {"KEN", "TZA"}, {"SOM"}),
    ("가나와 세네갈 외교장관은 말리 과도정부에 대한 지지를 표명했다.", {"GHA", "SEN"}, {"MLI"}),
    ("칠레와 페루 정상은 볼리비아 정부의 개혁 노력을 지지했다.", {"CHL", "PER"}, {"BOL"}),
    ("노르웨이와 덴마크 총리는 우크라이나에 대한 지지 입장을 재확인했다.", {"NOR", "DNK"}, {"UKR"}),
    ("Kenya and Tanzania's leaders voiced support for the Somali government.", {"KEN", "TZA"}, {"SOM"}),
    ("The presidents of Brazil and Chile expressed support for Venezuela's opposition.", {"BRA", "CHL"}, {"VEN"}),
])
def test_joint_support_of_two_states_names_the_supported_side(text, actors, recipients):
    events = read(text)
    assert_act(events, "SUPPORT", actors, recipients, "occurred")
    support = next(e for e in events if e.type == "SUPPORT")
    assert not {p.country for p in support.participants} & recipients  # the supported side is no actor


@pytest.mark.parametrize("text", [
    "브라질 대통령과 칠레 대통령이 5일 회담했다. 양국 정상은 지역 평화에 대한 지지를 표명했다.",
    "케냐와 탄자니아 정상은 한반도 비핵화에 대한 지지를 재확인했다.",
])
def test_shared_goal_is_no_support(text):
    assert_act(read(text), "SUPPORT", set(), None, None)


def test_coordinated_names_before_the_topic_particle_still_act_together():
    assert_act(read("케냐와 탄자니아는 소말리아를 비난했다."), "ACCUSE", {"KEN", "TZA"}, {"SOM"}, "occurred")
