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


@pytest.mark.parametrize("text, kind, actors, recipients", [  # actors58
    # a junta's ruling body by its common names, also as the subject of a second verb joined after its saying
    ("Soldiers seized power in Niger last week.\n\nOn Monday the military council said it would not negotiate with "
     "the bloc and accused France of plotting an invasion.", "ACCUSE", ["NER"], ["FRA"]),
    ("Sudan's military council expelled a Kenyan envoy on Sunday.\n\nThe military rulers on Monday accused Kenya of "
     "arming rebels.", "ACCUSE", ["SDN"], ["KEN"]),
    # the last state named with an organ of the sector is the one whose deed the story told, not the diplomat's
    ("Guinea's junta expelled a French diplomat on Sunday.\n\nOn Monday the military council accused Spain of "
     "sheltering the ousted president.", "ACCUSE", ["GIN"], ["ESP"]),
])
def test_ruling_council_is_the_state_that_acted(text, kind, actors, recipients):
    assert (actors, recipients) in sides(text, kind), sides(text, kind)


def test_a_council_named_with_no_state_stays_unresolved():
    """Negative: no state named before the bare council: it takes none from the state it accuses."""
    text = "Talks stalled on Sunday.\n\nOn Monday the military council said it would not negotiate and accused Spain of meddling."
    assert not any("ESP" in a for a, _r in sides(text, "ACCUSE")), sides(text, "ACCUSE")


@pytest.mark.parametrize("text, kind, actors, recipients", [  # actors58: a plural pronoun goes on for the group
    ("기니 군정은 2일 프랑스 외교관을 추방했다.\n\n이들은 3일 스페인이 축출된 대통령을 보호하고 있다고 비난했다.", "ACCUSE",
     ["GIN"], ["ESP"]),
    ("차드 군부는 2일 니제르 대사를 추방했다. 그들은 또 리비아가 반군을 돕고 있다고 비난했다.", "ACCUSE", ["TCD"], ["LBY"]),
])
def test_plural_pronoun_is_the_group_just_acting(text, kind, actors, recipients):
    assert (actors, recipients) in sides(text, kind, "2026-03-04"), sides(text, kind, "2026-03-04")


def test_plural_pronoun_after_a_sentence_of_no_act_names_no_one():
    """Negative: the pronoun reaches the sentence just before only; a sentence with no act between leaves it open."""
    text = "기니 군정은 2일 프랑스 외교관을 추방했다. 폭우가 쏟아졌다. 이들은 4일 세네갈을 비난했다."
    assert not any("GIN" in a for a, _r in sides(text, "ACCUSE", "2026-03-04")), sides(text, "ACCUSE", "2026-03-04")
