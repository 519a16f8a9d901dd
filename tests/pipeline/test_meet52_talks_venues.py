"""meet52 (issue 13): a capital named in the sentence where a bare government meets a state's non-government side
is the talks' venue, not the story's place, where nothing else in the story places it.

- 'The government held talks with the rebels in <a capital>', '정부는 <a capital>에서 반군과 협상을 벌였다' with
  no sentence before gave a meeting of the capital's state with its own rebels: the story's placed state
  (pipeline/ruling_organs.placed_state) counted the sentence's own capital. Such sides meet their government abroad
  (meet50b), so the capital places nothing (`own_venue`): no state, no meeting.
- Guards: a story placed before keeps its state (meet51b); a town places the story (meet51); a country word names
  the state; a ruling junta meeting its opposition in its capital stays that state's.
Every sentence is our own (real states and towns, invented occasions).
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def consults(text: str) -> list[set[tuple[str, str]]]:
    return [{(p.country, p.sector) for p in e.participants} for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "The government held talks with the rebels in Oslo on Tuesday.",
    "The government held talks with the insurgents in Doha.",
    "정부는 10일 오슬로에서 반군과 협상을 벌였다.",
    "정부와 반군은 10일 도하에서 협상을 벌였다.",
    "The government and the rebels held talks in Oslo on Tuesday.",
])
def test_the_talks_capital_gives_the_sides_no_state(text):
    assert consults(text) == [], consults(text)


@pytest.mark.parametrize("text, expected", [
    ("Fighting flared in Myanmar last month. The government held talks with the rebels in Oslo on Tuesday.",
     [{("MMR", "GOV"), ("MMR", "REB")}]),
    ("지난달 미얀마에서 교전이 벌어졌다. 정부는 10일 오슬로에서 반군과 협상을 벌였다.",
     [{("MMR", "GOV"), ("MMR", "REB")}]),
    ("The government held talks with the rebels in Medellin on Tuesday.", [{("COL", "GOV"), ("COL", "REB")}]),
    ("The Burmese government held talks with the rebels in Oslo on Tuesday.", [{("MMR", "GOV"), ("MMR", "REB")}]),
    ("The junta held talks with the opposition in Niamey on Tuesday.", [{("NER", "GOV"), ("NER", "OPP")}]),
])
def test_a_state_placed_or_named_stays(text, expected):
    assert consults(text) == expected, consults(text)
