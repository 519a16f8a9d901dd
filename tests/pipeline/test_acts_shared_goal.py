"""Sides that state their support together and name no side backed state a shared goal, no SUPPORT ('the leaders
reaffirmed their support for peace': pipeline/act_unreceived.shared_goal; cochair48). Support naming a side backed stays."""
from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2024, 5, 10)


@pytest.mark.parametrize("text", [
    "루시아 모레노 페루 대통령은 9일 리마에서 토마스 아르세 칠레 대통령과 공동 의장을 맡아 태평양 연안국 정상회의를 "
    "주재했다. 정상들은 공동선언에서 지역 평화 목표에 대한 지지 입장을 재확인했다.",
    "Peruvian President Lucia Moreno co-chaired the Pacific coast summit in Lima on Thursday with Chilean President "
    "Tomas Arce. The leaders reaffirmed their support for peace in the region.",
    "Peruvian President Lucia Moreno met Chilean President Tomas Arce in Lima on Thursday. The two leaders reaffirmed "
    "their support for the goal of a nuclear-free region.",
])
def test_a_shared_goal_is_no_support(extract, text):
    article = extract(text, published=DAY)
    assert events_of(article, "CONSULT") and not events_of(article, "SUPPORT")


def test_joint_support_of_a_named_side_stays(extract):
    article = extract("Peruvian President Lucia Moreno met Chilean President Tomas Arce in Lima on Thursday. The two "
                      "leaders expressed their support for Ukraine.", published=DAY)
    (support,) = events_of(article, "SUPPORT")
    assert {p.country for p in support.recipients} == {"UKR"}


@pytest.mark.parametrize("text", [
    "Estonia and Chile restored their diplomatic relations to ambassadorial level on Tuesday.",
])
def test_sides_backing_each_other_stay(extract, text):
    (support,) = events_of(extract(text, published=DAY), "SUPPORT")
    assert {p.country for p in support.participants} == {"EST", "CHL"}
