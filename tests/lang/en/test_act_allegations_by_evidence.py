"""Accusations made by citing evidence or by a verb of claiming (acts47, lang/en/act_allegations.py): the speaker
alleges (ACCUSE allege) that the side the reported clause names did a hostile deed or has forces somewhere; a claim
about a fact, about the speaker's own side or under a negation alleges nothing. Every sentence here is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2025, 6, 2)

ALLEGED = [
    ("Peru's defence minister said intelligence showed Ecuador had moved troops to the border.",
     [("ACCUSE", {"PER"}, {"ECU"}, "occurred", "allege"), ("MOBILIZE", {"ECU"}, None, "occurred", None)]),
    ("The Brazilian foreign minister said there was evidence that Venezuelan soldiers were in Guyana.",
     [("ACCUSE", {"BRA"}, {"VEN"}, "occurred", "allege")]),
    ("The Colombian president on Friday confirmed for the first time that there was evidence of Venezuelan troops "
     "inside Guyana.", [("ACCUSE", {"COL"}, {"VEN"}, "occurred", "allege")]),
    ("Uruguay claimed that Paraguay had shelled two border posts.", [("ACCUSE", {"URY"}, {"PRY"}, "occurred", "allege")]),
    # fresh36: a verb of finding (CAMEO FIND/RULE + GUILTY, ACCUSE OF GENOCIDE)
    ("Bolivia's attorney general concluded that Chilean marines had shelled a fishing village.",
     [("ACCUSE", {"BOL"}, {"CHL"}, "occurred", "allege")]),
    ("Canada determined that Venezuelan militias had committed genocide in the south and imposed sanctions on their "
     "commander.", [("ACCUSE", {"CAN"}, {"VEN"}, "occurred", "allege")]),
    ("The Peruvian court found that the economy had grown by 3 percent.", [("ACCUSE", None, None, None, None)]),
    # negatives: no evidence; a fact, no deed; the speaker's own forces
    ("Peru said there was no evidence that Ecuador had moved troops to the border.", [("ACCUSE", None, None, None, None)]),
    ("The Chilean minister said data showed the economy had grown by 3 percent.", [("ACCUSE", None, None, None, None)]),
    ("Peru said intelligence showed its troops had crossed the border by mistake.", [("ACCUSE", None, None, None, None)]),
]


@pytest.mark.parametrize("text,expected", ALLEGED)
def test_allegation_by_evidence(text, expected):
    events = extract_text(text, published=DAY).events
    for type_, actors, recipients, status, mode in expected:
        assert_act(events, type_, actors, recipients, status, mode)
