"""meet51b (issue 13): a state's rebels or opposition met 'with' in a foreign capital are the story's placed state's
even where the sentence itself names no state, in both languages.

- 'Clashes broke out in Colombia. The government held talks with the rebels in Havana' gave COL GOV and CUB REB:
  meet50b taught the country forms that a capital after a partner side is a place (capital_as_place), but the
  place-agent reader ('rebels in <city>', place_agents.agent_in_place_mentions) still made the rebels the capital's
  state's where no state word stood near them. It now asks the same partner_side_in_capital, so the bare side is
  the story's own state's (pipeline/states.story_domestic_items, domestic_items).
- Guards: 'officials in <capital>' stay the capital's state's; the sentence naming the state reads as before;
  Korean '아바나에서 반군과' read so already.
Every sentence is our own (real states, invented occasions).
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def consults(text: str) -> list[set[tuple[str, str]]]:
    return [{(p.country, p.sector) for p in e.participants} for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text, code, side", [
    ("Clashes broke out in Colombia last week. The government held talks with the rebels in Havana on Monday.",
     "COL", "REB"),
    ("Fighting flared in Sudan last month. The government met with the opposition in Nairobi on Friday.",
     "SDN", "OPP"),
    ("The Sudanese government met with the rebels in Addis Ababa on Thursday.", "SDN", "REB"),
    ("지난달 콜롬비아에서 교전이 벌어졌다. 정부는 9일 아바나에서 반군과 협상을 벌였다.", "COL", "REB"),
    ("지난달 수단에서 충돌이 일어났다. 정부는 나이로비에서 야당과 회담을 열었다.", "SDN", "OPP"),
])
def test_the_side_met_abroad_is_the_placed_states(text, code, side):
    assert consults(text) == [{(code, "GOV"), (code, side)}], consults(text)


def test_officials_in_a_capital_stay_its_states():
    found = consults("Fighting flared in Sudan last month. The Sudanese government held talks with officials in "
                     "Nairobi on Friday.")
    assert found and {c for c, _ in found[0]} == {"SDN", "KEN"}, found
