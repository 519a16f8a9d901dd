"""(enfollow66) Support or a call for talks restated: 'Peru repeated its support for Chile', 'renewed its call for talks
with Chile' keep the act the noun names, SUPPORT and REQUEST (mode meet), as 'reaffirmed its support' and 'called for
talks with' do (lexicon: restating verbs with those objects). Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("sentence, kind, side", [
    ("Uruguay repeated its support for Paraguay.", "SUPPORT", (["URY"], ["PRY"])),
    ("Ecuador renewed its support for Colombia on Tuesday.", "SUPPORT", (["ECU"], ["COL"])),
    ("Uruguay restated its support for Paraguay.", "SUPPORT", (["URY"], ["PRY"])),
    ("Uruguay repeated its call for talks with Paraguay.", "REQUEST", (["URY"], ["PRY"])),
    ("Ecuador renewed its call for negotiations with Colombia.", "REQUEST", (["ECU"], ["COL"])),
    ("Uruguay issued a call for dialogue with Paraguay.", "REQUEST", (["URY"], ["PRY"])),
    ("우루과이는 파라과이와의 대화를 거듭 촉구했다.", "REQUEST", (["URY"], ["PRY"])),
    ("우루과이는 파라과이에 대한 지지를 재확인했다.", "SUPPORT", (["URY"], ["PRY"])),
])
def test_restated_act(sentence, kind, side):
    assert sides(sentence, kind) == [side]


def test_restated_call_for_talks_asks_to_meet():
    found = [e for e in events("Uruguay reiterated its call for talks with Paraguay.") if e.type == "REQUEST"]
    assert [e.mode for e in found] == ["meet"]


@pytest.mark.parametrize("sentence, kind", [
    ("Ecuador renewed its contract with Colombia.", "REQUEST"),
    ("Ecuador renewed its contract with Colombia.", "SUPPORT"),
    ("Uruguay rejected Paraguay's call for talks with Bolivia.", "REQUEST"),  # refused, not asked
])
def test_no_restated_act(sentence, kind):
    assert sides(sentence, kind) == []
