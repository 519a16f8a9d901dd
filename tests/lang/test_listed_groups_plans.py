"""(komeet47) One phrase naming the people of several listed states ('칠레, 페루, 볼리비아 특사들이', 'Chilean and
Peruvian officials') who will meet meets each other: a planned CONSULT of those states, as definite as the
compound's ('A·B·C 특사들이 만날 예정') or the states' own ('양국은 회담을 열 계획'); held, it already was one.
Negative rows: groups of separate phrases ('officials will meet diplomats') stay too loose for a plan. Our own
sentences (pipeline/states.one_listed_group)."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events

ROWS = [
    ("칠레, 페루, 볼리비아 특사들이 다음 달 리마에서 만날 예정이다.", "planned", {"CHL", "PER", "BOL"}),
    ("몽골과 카자흐스탄 당국자들이 다음 주 회담할 계획이다.", "planned", {"MNG", "KAZ"}),
    ("몽골, 카자흐스탄 특사들이 어제 아스타나에서 만났다.", "occurred", {"MNG", "KAZ"}),
    ("Mongolian and Kazakh officials will meet in Astana next week.", "planned", {"MNG", "KAZ"}),
]


def consults(text: str) -> list[tuple[str | None, set[str]]]:
    return [(e.status, countries(e.participants)) for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text, status, parties", ROWS)
def test_listed_groups_meet_each_other(text, status, parties):
    assert (status, parties) in consults(text), events(text)


@pytest.mark.parametrize("text", [
    "몽골 당국자들이 다음 주 카자흐스탄 외교관들과 만날 예정이다.",
    "Mongolian officials will meet Kazakh diplomats next week.",
])
def test_separate_groups_plan_no_meeting(text):
    assert not consults(text), events(text)
