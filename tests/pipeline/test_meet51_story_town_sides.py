"""meet51 (issue 13): a bare government holding talks with the rebels in a town of the story's placed state is that
state's, the rebels a part of it, in both languages.

- 'Fighting flared in Colombia. The government held talks with the rebels in Pasto': the town made the rebels
  Colombia's (an agent located in a town is its state's, located66), so the sentence had a state item and meet50b's
  story reading (a sentence naming no state) was never asked; the rebels alone were one party. Where every state item
  is one state's non-government side and the story is placed in that state, the bare government is its government
  (pipeline/states.story_domestic_items), and domestic_sides makes the two parties.
- Korean '정부는 파스토에서 반군과 협상을 벌였다' read so already (a guard row); a story placed in no state gives nothing.
Every sentence is our own (real states and towns, invented occasions).
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def consults(text: str) -> list[set[tuple[str, str]]]:
    return [{(p.country, p.sector) for p in e.participants} for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "Fighting flared in Colombia last month. The government held talks with the rebels in Pasto on Monday.",
    "Fighting flared in Colombia last month. The government met the rebels in Pasto on Monday.",
    "지난달 콜롬비아에서 교전이 벌어졌다. 정부는 9일 파스토에서 반군과 협상을 벌였다.",
])
def test_the_placed_states_government_and_its_rebels(text):
    assert consults(text) == [{("COL", "GOV"), ("COL", "REB")}], consults(text)


def test_a_story_placed_nowhere_gives_no_government():
    assert consults("The government held talks with the rebels on Monday.") == []
