"""(protest65) A disapproval (or praise) the subject draws from another side: 'Chile faced a protest from Peru' is
Peru's ACCUSE of Chile, not Chile's of Peru (act_drawn_disapproval.drawn_disapprovals). Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("sentence, kind, side", [
    ("Chile faced a protest from Peru.", "ACCUSE", (["PER"], ["CHL"])),
    ("Chile drew condemnation from Peru on Monday.", "ACCUSE", (["PER"], ["CHL"])),
    ("The Chilean government received a formal protest from the Peruvian foreign ministry.", "ACCUSE",
     (["PER"], ["CHL"])),
    ("Bolivia has faced accusations from Paraguay over the dam.", "ACCUSE", (["PRY"], ["BOL"])),
    ("Ecuador drew praise from Colombia for the deal.", "SUPPORT", (["COL"], ["ECU"])),
])
def test_the_source_disapproves_of_the_subject(sentence, kind, side):
    assert sides(sentence, kind) == [side]


@pytest.mark.parametrize("sentence, kind, side", [
    ("Peru lodged a protest with Chile.", "ACCUSE", (["PER"], ["CHL"])),  # no verb of drawing: the subject protests
    ("Peru's protest drew a sharp reply from Chile.", "ACCUSE", (["PER"], ["CHL"])),  # the owner's protest
    ("Peru protested to Chile over the drills.", "ACCUSE", (["PER"], ["CHL"])),
    ("Chile received aid from Peru.", "AID", (["PER"], ["CHL"])),  # the receiver reading of aid stays
])
def test_the_subject_keeps_its_own_act(sentence, kind, side):
    assert sides(sentence, kind) == [side]


@pytest.mark.parametrize("sentence", [
    "Chile faced criticism over the plan.",  # no source named: Chile criticized no one
    "Uruguay drew strong condemnation at home.",
])
def test_no_source_no_act_of_the_subject(sentence):
    assert sides(sentence, "ACCUSE") == []
