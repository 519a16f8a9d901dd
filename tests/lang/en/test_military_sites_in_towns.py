"""(ensubj46) A site of the armed forces in (near, outside) a town of a known state is that state's forces': 'Sudanese
rebels shelled a military base in Adre' is done to Chad's forces (MIL), as 'a Chadian military base' reads
(place_agents.site_in_place_mentions); a town no list knows takes the state named after its comma. Korean '아드레의 군
기지' still reads the attacker's own state (a gap left to lang/ko/act_military_sites)."""
from __future__ import annotations

import pytest

from tests.event_sides import sector_sides


@pytest.mark.parametrize("text, owner", [
    ("Sudanese rebels shelled a military base in Adre overnight.", "TCD"),
    ("Malian jihadists attacked a military outpost near Zorgho, Burkina Faso.", "BFA"),
    ("Libyan militiamen shelled a military outpost outside Mopti.", "MLI"),
])
def test_a_site_in_a_town_is_the_towns_states_forces(text, owner):
    acting, receiving = sector_sides(text, "ASSAULT")
    assert receiving == {(owner, "MIL")}, (acting, receiving)


# negative rows: an owner named before the site keeps it; a country's own name after 'in' is read as before
@pytest.mark.parametrize("text, owner", [
    ("Sudanese rebels shelled a Nigerien military base in Adre.", "NER"),
    ("Sudanese rebels shelled a military base in Niger.", "NER"),
])
def test_a_named_owner_or_state_keeps_its_reading(text, owner):
    acting, receiving = sector_sides(text, "ASSAULT")
    assert {c for c, _ in receiving} == {owner}, (acting, receiving)
