"""A finite verb joined by 'and' to an earlier verb of its own form (the same auxiliary, or the simple past with
none) shares that verb's subject, not the nearest name: 'had urged' pairs with 'had reaffirmed' past an infinitive,
'imposed' with 'determined' past the reported 'had committed' (lang/en/verb_chains.py)."""
from __future__ import annotations

import pytest

from readout.lang.base import Trigger
from readout.lang.en.verb_chains import chained_verb
from tests.event_sides import sides


def verb_of(text: str, word: str) -> str | None:
    at = text.index(word)
    verb = chained_verb(text, Trigger(at, at + len(word), word))
    return verb.text if verb else None


@pytest.mark.parametrize("text, word, verb", [
    ("Ecuador said it had pledged to help Bolivia rebuild and had urged Chile to reopen the border.", "urged", "pledged"),
    ("The ministry concluded that Peru had violated the accord and suspended its aid to Lima.", "suspended", "concluded"),
    ("Uruguay said it would ask Paraguay to cut tariffs and would invite Brazil to talks.", "invite", "ask"),
    ("Argentina condemned Chile and urged Peru to act.", "urged", None),  # no verb of another form between
    ("Canada said Chile had sent troops and would impose sanctions.", "impose", None),  # no verb of that form
    ("Peru's navy tracked the boats it had detected and scrambled two frigates.", "scrambled", None),  # shares "had"
    ("Ecuador said Chile fired two shells and seized a trawler.", "seized", None),  # the nearest simple past is its partner
    ("Peru raised the matter, where Chilean boats have chased and rammed its trawlers.", "rammed", None),
])
def test_the_verb_a_coordinated_verb_is_joined_to(text, word, verb):
    assert verb_of(text, word) == verb


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("The Ecuadorean president said he had reaffirmed Ecuador's readiness to help Bolivia recover and had urged the "
     "Peruvian army chief to free the detainees.", "REQUEST", "ECU", "PER"),
    ("The United States said Iran had supplied drones to Russia and imposed sanctions on Iranian firms.",
     "SANCTION", "USA", "IRN"),
])
def test_a_coordinated_verb_keeps_the_subject_of_its_own_form(text, kind, actor, recipient):
    assert sides(text, kind) == [([actor], [recipient])]
