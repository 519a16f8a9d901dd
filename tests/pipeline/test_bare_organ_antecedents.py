"""A bare state organ as an act's subject ('the junta', 'the military', '군정은') is the state the story named with
that organ (pipeline/act_organs.organ_antecedent), also (actors56):

1. after a time phrase fronted with no comma ('On Tuesday the junta accused ...': lexicon en bare_organ_subject_re);
2. never a state the act itself aims at as a whole: 'X's junta expelled the French envoy. On Tuesday the junta
   accused Paris' is X's act, though the French envoy was the last mention of a government sector
   (pipeline/act_organs.aimed_states); the organ's own people as its object ('detained two Malian journalists')
   do not stop its own state.
Sentences of our own, both languages."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text, kind, actors, recipients", [
    ("Guinea's military government expelled the French ambassador on Monday.\n\n"
     "On Tuesday the junta accused Paris of interfering in its affairs.", "ACCUSE", ["GIN"], ["FRA"]),
    ("Myanmar's military said on Monday it had summoned the Thai envoy over the border incident.\n\n"
     "On Tuesday the military accused Thailand of harbouring rebels.", "ACCUSE", ["MMR"], ["THA"]),
    ("Mali's junta expelled the Danish ambassador on Monday.\n\n"
     "On Tuesday the junta detained two Malian journalists.", "COERCE", ["MLI"], ["MLI"]),
    ("부르키나파소 군정은 3일 프랑스 외교관 2명을 추방했다.\n\n군정은 4일 프랑스가 쿠데타를 모의했다고 비난했다.",
     "ACCUSE", ["BFA"], ["FRA"]),
])
def test_bare_organ_is_the_named_state(text, kind, actors, recipients):
    assert (actors, recipients) in sides(text, kind), sides(text, kind)


def test_organ_named_nowhere_has_no_state():
    """No state was named with a junta: the bare organ takes none from the envoy's state."""
    text = "Officials expelled the French ambassador on Monday.\n\nOn Tuesday the junta accused Paris of meddling."
    assert not any("FRA" in a for a, _r in sides(text, "ACCUSE"))


@pytest.mark.parametrize("text, kind, actors, recipients", [  # actors57: named with no organ of its state
    ("Soldiers seized power in Gabon on Wednesday. The junta later accused Cameroon of massing troops on the border.",
     "ACCUSE", ["GAB"], ["CMR"]),
    ("Mutinous officers took control of Conakry last month.\n\nThe junta accused Senegal of sheltering the former "
     "president.", "ACCUSE", ["GIN"], ["SEN"]),
    ("차드에서 군부가 쿠데타로 권력을 장악했다. 군정은 니제르 대사를 추방했다.", "SANCTION", ["TCD"], ["NER"]),
])
def test_bare_organ_is_the_story_state(text, kind, actors, recipients):
    """The story named one state, with no organ of it: the bare organ acting next is that state's."""
    assert (actors, recipients) in sides(text, kind), sides(text, kind)


@pytest.mark.parametrize("text", [
    "Fighting flared along the border of Chad and Sudan on Monday. The army accused Niger of arming the rebels.",
    "Protests spread across Togo on Monday. The army accused Togo's neighbours of hosting rebels.",
])
def test_bare_organ_of_two_states_or_the_aimed_one_has_none(text):
    """Two states named, or the one named is the state the act aims at: no state for the organ."""
    assert not any(a in (["CHD"], ["TCD"], ["SDN"], ["TGO"]) for a, _r in sides(text, "ACCUSE")), sides(text, "ACCUSE")
