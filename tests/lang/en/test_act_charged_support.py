"""A backing charged is no backing told (support60; lang/en/act_judged.charged_support), with sentences of our own:
'condemned X's backing of Y', 'denounced X's military support for Y': the criticism (ACCUSE of X) is the event, no
SUPPORT of X. A support the speaker welcomes, or voices in another clause, stays.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text, accused", [
    ("The Norwegian foreign minister condemned Sudan's backing of the rebel militia at the council.", "SDN"),
    ("Kenya on Monday denounced Ethiopia's military support for the rebels in Somalia.", "ETH"),
    ("Peru criticized Bolivia's continued backing of the armed group on Tuesday.", "BOL"),
])
def test_support_charged_is_no_support(text, accused):
    events = read(text)
    assert_act(events, "SUPPORT", set(), None, None)
    assert_act(events, "ACCUSE", set(), {accused}, "occurred")


@pytest.mark.parametrize("text, actor, recipient", [
    ("Kenya on Monday welcomed Japan's support for the peace plan.", "KEN", "JPN"),
    ("Uganda condemned the attack and voiced its support for Kenya on Monday.", "UGA", "KEN"),
])
def test_support_not_charged_stays(text, actor, recipient):
    assert_act(read(text), "SUPPORT", {actor}, {recipient}, "occurred")
