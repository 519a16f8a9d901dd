"""meet51 (issue 13): a state's government and its rebels each named by the country word are two parties of their
talks, in both languages.

- 'The Colombian government and Colombian rebels held talks' gave nothing: the state reader's group phrase of the
  first country word ran across the coordinated second one ('Colombian government and Colombian rebels', one group
  of rebels) and the meeting had one party. A country word that holds its own noun ('the Colombian government') ends
  its party at a coordinator (lang/en/reading_meeting_scenes.state_party), so the rebels are a party of their own,
  a part of the state (pipeline/states.domestic_sides).
- Korean '콜롬비아 정부와 콜롬비아 반군은 협상을 벌였다' read so already (a guard row); coordinated bare country words
  before one noun ('Indian and Pakistani officials') stay one group of both states.
Every sentence is our own (real states, invented occasions).
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def consults(text: str) -> list[set[tuple[str, str]]]:
    return [{(p.country, p.sector) for p in e.participants} for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text, expected", [
    ("The Colombian government and Colombian rebels held talks in Cali on Monday.", {("COL", "GOV"), ("COL", "REB")}),
    ("The Nigerien government and Nigerien rebels held talks in Agadez on Monday.", {("NER", "GOV"), ("NER", "REB")}),
    ("콜롬비아 정부와 콜롬비아 반군은 9일 칼리에서 협상을 벌였다.", {("COL", "GOV"), ("COL", "REB")}),
])
def test_the_government_and_its_rebels_are_two_parties(text, expected):
    assert consults(text) == [expected], consults(text)


@pytest.mark.parametrize("text, expected", [
    ("Indian and Pakistani officials met in Doha on Monday.", {("IND", "GOV"), ("PAK", "GOV")}),
    ("The Indian government and Pakistani officials met in Doha on Monday.", {("IND", "GOV"), ("PAK", "GOV")}),
])
def test_coordinated_states_stay_their_own(text, expected):
    assert consults(text) == [expected], consults(text)
