"""(drawn66) Any act noun the subject draws, faces, receives or comes under FROM a named source is that source's act
at the subject, not the subject's at the source: 'Ecuador faced sanctions from Colombia' is Colombia's SANCTION
of Ecuador (act_drawn_disapproval.drawn_disapprovals, its `drawing_phrases`). Its Korean rows are in
tests/lang/ko/test_act_drawn_acts.py. Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("sentence, kind, side", [
    ("Ecuador faced sanctions from Colombia over the dam.", "SANCTION", (["COL"], ["ECU"])),
    ("Ecuador came under sanctions from Colombia in the spring.", "SANCTION", (["COL"], ["ECU"])),
    ("Ecuador was hit with sanctions by Colombia this week.", "SANCTION", (["COL"], ["ECU"])),
    ("Ecuador received threats from Colombia over the river.", "THREATEN", (["COL"], ["ECU"])),
    ("Ecuador received an invitation from Colombia.", "REQUEST", (["COL"], ["ECU"])),
    ("Ecuador faced an attack from Colombian troops near the river.", "ASSAULT", (["COL"], ["ECU"])),
    ("Ecuador kept building the dam in the face of criticism from Colombia.", "ACCUSE", (["COL"], ["ECU"])),
    ("Ecuador faced sanctions from Colombia and Venezuela.", "SANCTION", (["COL", "VEN"], ["ECU"])),
    # a fronted phrase: the main clause's subject after the comma suffers it
    ("In the face of criticism from Colombia, Ecuador shelved the dam.", "ACCUSE", (["COL"], ["ECU"])),
    ("In the face of sharp criticism from Colombia, the Ecuadorian cabinet shelved the dam.", "ACCUSE",
     (["COL"], ["ECU"])),
    # a past form of winning with a source: got, not sought
    ("Ecuador won praise from Colombia for the dam.", "SUPPORT", (["COL"], ["ECU"])),
    ("Ecuador earned praise from Colombia for the dam.", "SUPPORT", (["COL"], ["ECU"])),
    ("Ecuador garnered sharp criticism from Colombia.", "ACCUSE", (["COL"], ["ECU"])),
])
def test_the_source_acts_on_the_subject(sentence, kind, side):
    assert [(sorted(a), r) for a, r in sides(sentence, kind)] == [side]


@pytest.mark.parametrize("sentence, kind, side", [
    ("Colombia imposed sanctions on Ecuador.", "SANCTION", (["COL"], ["ECU"])),  # no verb of suffering: the subject's own
    ("Colombia threatened Ecuador over the river.", "THREATEN", (["COL"], ["ECU"])),
])
def test_the_subject_keeps_its_own_act(sentence, kind, side):
    assert sides(sentence, kind) == [side]


@pytest.mark.parametrize("sentence, kind", [
    ("Ecuador faced sanctions over its mining plans.", "SANCTION"),  # no source: Ecuador sanctioned no one
    ("Ecuador drew down its forces from the Colombian border.", "SANCTION"),  # another verb: nothing drawn
    ("Ecuador received a delegation from Colombia.", "SANCTION"),
    ("Ecuador received a warning over its fishing fleet near Colombia.", "THREATEN"),  # Ecuador warned no one
    ("Ecuador faced pressure to cut ties with Colombia.", "REQUEST"),
    ("Ecuador received an invitation to visit Colombia.", "REQUEST"),
    ("In the face of criticism, Ecuador shelved its dam near Colombia.", "ACCUSE"),  # no source: no one named criticized
])
def test_no_act_of_the_subject_without_a_source(sentence, kind):
    assert sides(sentence, kind) == []


@pytest.mark.parametrize("sentence, kind", [
    ("Ecuador hopes to win praise from Colombia.", "SUPPORT"),  # sought, not got
    ("Ecuador won support for its bid at the summit.", "SUPPORT"),  # no source: nobody named gave it
])
def test_no_act_sought_or_bought(sentence, kind):
    assert sides(sentence, kind) == []


def test_a_delegation_received_stays_a_meeting():
    """A meeting noun drawn from another side is no act of that side at the subject: both meet."""
    found = sides("Ecuador received a delegation from Colombia on Tuesday.", "CONSULT")
    assert found and all(set(a) | set(r) >= {"COL", "ECU"} for a, r in found), found


def test_a_government_facing_protests_from_its_people_keeps_their_protest():
    assert sides("The Ecuadorian government faced protests from farmers.", "PROTEST")
