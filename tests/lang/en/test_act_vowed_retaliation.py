"""A pledge of retaliation is a threat, never an AGREE (modal46; lang/en/act_vowed_responses), with sentences of our
own.

The whole class under a pledge verb (vow, pledge, promise, swear): a verb of paying back ('vowed to hit back at X',
'swore to take revenge on X', 'pledged to avenge X's raid'), a noun of retaliation ('pledged revenge against X', 'vowed
a merciless counterattack') or of answer said with force ('promised a crushing response to X'). A pledge of an answer
with no force in it ('promised a coordinated response to the floods') stays what it was.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, class_rows

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text, actor, recipients", class_rows({
    "paid back": [
        ("Eritrea vowed to hit back at Ethiopia after the border raid.", "ERI", {"ETH"}),
        ("Niger's junta swore to take revenge on Benin for the closure of the pipeline.", "NER", {"BEN"}),
        ("Armenia pledged to strike back at Azerbaijan and Turkey.", "ARM", {"AZE", "TUR"}),
        ("Sudan's army vowed that Khartoum would hit back at Chad.", "SDN", {"TCD"}),
        ("Ethiopia vowed to avenge the Eritrean raid on its border post.", "ETH", {"ERI"}),
    ],
    "retaliation noun": [
        ("Venezuela pledged revenge against Guyana over the oil concessions.", "VEN", {"GUY"}),
        ("Myanmar's military promised reprisals against Thailand.", "MMR", {"THA"}),
    ],
    "forceful answer": [
        ("Azerbaijan promised a crushing response to any Armenian provocation.", "AZE", {"ARM"}),
        ("Kosovo's prime minister pledged a harsh response to Serbia.", "XKX", {"SRB"}),
    ],
}))
def test_vowed_retaliation_threatens(text, actor, recipients):
    events = read(text)
    assert_act(events, "THREATEN", {actor}, recipients, "occurred")
    assert_act(events, "AGREE", set(), None, None)


@pytest.mark.parametrize("text", [
    "Chile promised a coordinated response to the floods in the south.",
    "Peru pledged a swift response to the request from Bolivia.",
])
def test_pledged_answer_without_force_is_no_threat(text):
    assert_act(read(text), "THREATEN", set(), None, None)
