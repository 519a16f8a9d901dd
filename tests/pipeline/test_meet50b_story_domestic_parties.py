"""meet50b (issue 13): a bare government and its rebels or opposition in a sentence naming no state are the story's
placed state's, in both languages.

- 'Clashes broke out in eastern Chad last month. The government and the rebels held talks on Friday': the sentence
  names no state, so enmeet50's domestic reading (pipeline/states.domestic_items) had no state to give the sides;
  the story's placed state (pipeline/ruling_organs.placed_state, as for a bare junta) now owns both
  (pipeline/states.story_domestic_items, lexicon `bare_government_re`, `Language.bare_governments`).
- Guards: with no state placed, nothing; a sentence naming a state keeps enmeet50's reading.
Every sentence is our own (real states, invented occasions).
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def consult_sides(text: str) -> list[set[tuple[str, str]]]:
    return [{(p.country, p.sector) for p in e.participants} for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text, side", [
    ("Clashes broke out in eastern Chad last month. The government and the rebels held talks on Friday.", "REB"),
    ("Protests spread across Togo in June. The government held talks with the opposition on Friday.", "OPP"),
    ("차드 동부에서 지난달 충돌이 일어났다. 정부와 반군은 13일 협상을 벌였다.", "REB"),
    ("토고 전역에서 6월 시위가 번졌다. 정부는 13일 야당과 회담을 열었다.", "OPP"),
])
def test_the_placed_states_sides_meet(text, side):
    found = consult_sides(text)
    code = "TCD" if "Chad" in text or "차드" in text else "TGO"
    assert found == [{(code, "GOV"), (code, side)}], found


@pytest.mark.parametrize("text", [
    "The government and the rebels held talks on Friday.",
    "정부와 반군은 13일 협상을 벌였다.",
])
def test_no_placed_state_no_meeting(text):
    assert consult_sides(text) == [], consult_sides(text)
