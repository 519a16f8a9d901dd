"""(coerce56) A collective-defence term ('an attack on any of the signatories will be considered an attack on all', 'an
armed attack against one member shall be deemed ...'): an attack noun with an indefinite article, aimed at whichever
party, is only supposed, the accord's term (AGREE), no ASSAULT. An attack told as done ('an attack on one of its army
camps killed two soldiers', 'the attack on the convoy') stays. Our own sentences."""
from __future__ import annotations

import pytest

from readout.api import library_pipeline


@pytest.fixture(scope="module")
def english():
    return library_pipeline().language("en")


SUPPOSED = [
    "Under the charter, an attack on any of the four states will be considered an aggression against all of them.",
    "The treaty says an armed attack against one signatory shall be deemed an attack against both.",
    "The pact commits each side to help the other in case of an attack on either party.",
    "The accord treats an attack on another signatory as an attack on itself.",
    "Under the accord, an attack on the territory or independence of one of the three signatories will be treated as "
    "an attack on all.",
]
DONE = [
    "Mali said an attack on one of its army camps by Burkinabe troops killed two soldiers on Tuesday.",
    "The attack on the convoy killed four soldiers, the army said.",
    "An attack on a border post killed two soldiers on Tuesday.",
]


@pytest.mark.parametrize("text", SUPPOSED)
def test_an_attack_on_whichever_party_is_no_assault(english, text):
    assert "ASSAULT" not in [h.type for h in english.find_acts(text, ())]


@pytest.mark.parametrize("text", DONE)
def test_an_attack_told_as_done_stays(english, text):
    assert "ASSAULT" in [h.type for h in english.find_acts(text, ())]
