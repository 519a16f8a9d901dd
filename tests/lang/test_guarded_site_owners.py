"""kojudge47: a guarded state name (차드, 수단, 말리, 니제르's neighbours) opening its phrase before a place name in the
genitive and a site there ('차드 [모르바의] 군 기지를', 'a military base in Morba, Chad') names the state the site
lies in: the attack is done to that state (its forces or people), as English reads it. A guarded name before a place
and a noun that is no site, before a town of another state, or as the ordinary word after a modifier, names no state."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text, attacker, owner", [
    ("수단 반군이 차드 모르바의 군 기지를 공격했다.", "SDN", "TCD"),
    ("수단 반군이 차드 바칼라의 난민촌을 공격했다.", "SDN", "TCD"),
    ("니제르 무장세력이 말리 바칼라의 군 기지를 습격했다.", "NER", "MLI"),
    ("Sudanese rebels attacked a military base in Morba, Chad.", "SDN", "TCD"),
])
def test_guarded_state_before_a_place_and_site_owns_the_site(text, attacker, owner):
    assert sides(text, "ASSAULT") == [([attacker], [owner])]


@pytest.mark.parametrize("text, state", [
    ("수단 반군이 차드 모르바의 공장을 공격했다.", "TCD"),  # a factory: no site of the lexicon's
    ("수단 반군이 차드 바마코의 군 기지를 공격했다.", "TCD"),  # a town the gazetteer puts in another state
    ("정부는 다른 수단 모르바의 병원을 공격했다.", "SDN"),  # a modifier before it: the ordinary word ('means')
])
def test_guarded_name_before_no_site_names_no_state(text, state):
    assert all(state not in receiving for _, receiving in sides(text, "ASSAULT"))
