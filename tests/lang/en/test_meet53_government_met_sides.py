"""meet53 (issue 13): 'The Peruvian government met rebels in Havana' gave no meeting: the word after a party phrase
that holds its own noun ('Peruvian government') was read as a qualifier of the next noun ('met rebels' as
'transitional rebels'), so the government and the rebels became one REB party. A word after such a phrase qualifies
nothing (lang/en/agents.party_after `qualified`, reading_meeting_scenes.state_party). Korean '페루 정부는 아바나에서
반군과 만났다' read so already. Every sentence is our own (real states, invented occasions)."""
from __future__ import annotations

import pytest

from tests.event_sides import sector_sides


@pytest.mark.parametrize("text, code", [
    ("The Peruvian government met rebels in Havana on Monday.", "PER"),
    ("The Peruvian government met rebels on Monday.", "PER"),
    ("The Bolivian government met insurgents in Havana on Monday.", "BOL"),
    ("페루 정부는 9일 아바나에서 반군과 만났다.", "PER"),
])
def test_the_government_meets_its_rebels_abroad(text, code):
    acting, _ = sector_sides(text, "CONSULT")
    assert acting == {(code, "GOV"), (code, "REB")}, acting


@pytest.mark.parametrize("text, parties", [
    ("The Malian transitional government met the opposition on Monday.", {("MLI", "GOV"), ("MLI", "OPP")}),
    ("Senegal met Malian rebels on Monday.", {("SEN", "GOV"), ("MLI", "REB")}),
])
def test_a_qualifier_before_the_noun_still_qualifies_it(text, parties):
    acting, _ = sector_sides(text, "CONSULT")
    assert acting == parties, acting
