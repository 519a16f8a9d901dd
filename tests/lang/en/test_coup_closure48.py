"""encoup48: a removal by coup named after its object, and a border closure owned by the state condemned. Our own
sentences (issue 15).

- 'ousted/removed/overthrew President X in a (military) coup': the coup after a named object is how the leader was
  removed (lang/en/act_walk.object_past_a_name), so the lexicon's oust/remove/overthrow + coup entries read it:
  ASSAULT by the soldiers' state on its own government, as coup48 codes 'ousted the president in a coup'. A vote or an
  election removing a leader is no coup.
- 'condemned B's border closure', 'the border closure by B', 'B's closure of its border': the noun is the closer's
  COERCE restrict (en additions), the possessive owner or 'by' agent closing, as 'condemned B for closing its border'
  and Korean 'B의 국경 봉쇄를 비난했다'. A closure ended ('the end of B's border closure': act_stopped.owner_start) or
  feared ('feared a border closure', lang/en/act_feared_deeds) restricts nothing.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides

REMOVALS_BY_COUP = [
    # (text, the soldiers' state: actor and recipient)
    ("The army of Mali ousted President Keita Moro in a coup on Tuesday.", "MLI"),
    ("Soldiers in Chad removed President Idris Bako in a military coup overnight.", "TCD"),
    ("The army of Gabon overthrew Prime Minister Aline Ossa in a coup late on Friday.", "GAB"),
    ("Nigerien soldiers ousted President Salif Dango in a putsch on Sunday.", "NER"),
]


@pytest.mark.parametrize("text,state", REMOVALS_BY_COUP)
def test_a_named_leader_removed_in_a_coup_is_an_assault_on_the_own_government(text, state):
    assert ([state], [state]) in sides(text, "ASSAULT")


NOT_COUPS = [
    "Voters in Mali ousted President Keita Moro in an election on Sunday.",
    "Lawmakers in Chad ousted Prime Minister Idris Bako in a no-confidence vote.",
    "Parliament removed President Aline Ossa in a vote on Friday, Gabonese media said.",
    "A coup attempt against President Salif Dango was foiled in Niger on Sunday.",
    "Mali's president removed Defence Minister Keita Moro in a cabinet reshuffle.",
]


@pytest.mark.parametrize("text", NOT_COUPS)
def test_a_vote_a_reshuffle_or_a_foiled_bid_is_no_coup(text):
    assert not [e for e in events(text) if e.type == "ASSAULT"]


CLOSURES = [
    # (text, judge, closer)
    ("Chile condemned Bolivia's border closure on Monday.", "CHL", "BOL"),
    ("Peru sharply criticized the border closure by Ecuador, its ministry said.", "PER", "ECU"),
    ("Ghana condemned Togo's closure of its border with the region on Friday.", "GHA", "TGO"),
    ("칠레는 18일 볼리비아의 국경 봉쇄를 비난했다.", "CHL", "BOL"),
]


@pytest.mark.parametrize("text,judge,closer", CLOSURES)
def test_a_closure_owned_by_a_state_is_its_restriction_beside_the_judgement(text, judge, closer):
    found = [(e.type, e.mode, [p.country for p in e.participants]) for e in events(text)]
    assert ("COERCE", "restrict", [closer]) in found
    assert [judge] in [s[0] for s in sides(text, "ACCUSE")]


NOT_CLOSURES = [
    "Chile welcomed the end of Bolivia's border closure on Monday.",
    "Peru welcomed the end of the border closure by Ecuador.",
    "Chile feared a border closure by Bolivia, its minister said.",
    "Traders in Peru fear a possible border closure by Ecuador.",
    "칠레는 18일 볼리비아의 국경 봉쇄 해제를 환영했다.",
]


@pytest.mark.parametrize("text", NOT_CLOSURES)
def test_a_closure_ended_or_feared_restricts_nothing(text):
    assert not [e for e in events(text) if e.type == "COERCE"]
