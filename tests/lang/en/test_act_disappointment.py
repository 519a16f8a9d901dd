"""Disappointment with another side's deed said as the judge's state (accuse50): CAMEO 111 codes 'EXPRESS *
DISAPPOINTMENT' as disapproval, so 'was disappointed by X's decision' accuses X as 'was dismayed by' does; a feeling
said with 'deeply' before its 'by' keeps the judge as the actor (the 'by' phrase names what was judged, not an agent
of a passive). Every sentence is our own; the Korean class is in tests/lang/ko/test_act_gathered_denunciations.py."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import first_of

ACCUSED = [  # (sentence, actor, recipient)
    ("Canada said it was disappointed by India's decision to suspend visa services.", "CAN", "IND"),
    ("Mexico's foreign ministry was disappointed with Peru's refusal to return the ambassador.", "MEX", "PER"),
    ("Canada was deeply disappointed by India's decision to suspend visa services.", "CAN", "IND"),
    ("Chile was deeply dismayed by Bolivia's decision to close the border.", "CHL", "BOL"),
    ("Norway said it was deeply shocked by Sudan's bombing of the market.", "NOR", "SDN"),
]


@pytest.mark.parametrize("text, actor, recipient", ACCUSED)
def test_disappointment_with_a_deed_accuses_its_doer(extract, text, actor, recipient):
    first = first_of(extract(text).events, type="ACCUSE")
    assert (countries(first.participants), countries(first.recipients)) == ({actor}, {recipient})


@pytest.mark.parametrize("text", [
    "Fans were disappointed by the result of the final, the coach said.",
    "The minister said she was disappointed by the low turnout in the capital.",
])
def test_disappointment_with_no_side_accuses_no_one(extract, text):
    assert not [e for e in extract(text).events if e.type == "ACCUSE"]
