"""meet50b (issue 13): a state's rebels or opposition met 'with' in a foreign capital are that state's, the capital
the talks' place, in both languages.

- 'The Ethiopian government held talks with the opposition in Nairobi': the 'people in a city' reading (an agent
  located in a capital is its state's: lang/en/located_agents.located_agent) made the opposition Kenya's. A
  non-government side (REB, OPP, PTY) that is a 'with' partner keeps the capital a place
  (located_agents.partner_side_in_capital), so the side is the sentence's one state's (pipeline/states.domestic_items).
- Guards: 'officials in <capital>' met with stay the capital's state's; Korean '나이로비에서 야당과' read so already.
Every sentence is our own (real states, invented occasions).
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def consult_sides(text: str) -> list[set[tuple[str, str]]]:
    return [{(p.country, p.sector) for p in e.participants} for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text, side", [
    ("The Ethiopian government held talks with the opposition in Nairobi on Monday.", ("ETH", "OPP")),
    ("The Sudanese government met with the rebels in Addis Ababa on Thursday.", ("SDN", "REB")),
    ("에티오피아 정부는 11일 나이로비에서 야당과 회담을 열었다.", ("ETH", "OPP")),
    ("수단 정부는 아디스아바바에서 반군과 협상을 벌였다.", ("SDN", "REB")),
])
def test_the_side_met_abroad_is_its_own_states(text, side):
    found = consult_sides(text)
    assert found == [{(side[0], "GOV"), side}], found


def test_officials_in_a_capital_stay_its_states():
    found = consult_sides("The Ethiopian government held talks with officials in Nairobi on Monday.")
    assert found and {c for c, _ in found[0]} == {"ETH", "KEN"}, found
