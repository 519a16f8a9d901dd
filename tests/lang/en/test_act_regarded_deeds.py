"""A possible deed judged in advance as hostility is a threat at its owner (modal46; lang/en/act_regarded_deeds),
with sentences of our own.

'said any X deed would be regarded as a hostile act', 'will be considered a declaration of war', 'would be treated as
an act of aggression': the speaker threatens the deed's owner (the words before the deed's destination), and the deed,
a condition, is no act of its owner. A verdict that is no hostility ('a milestone') or a negated one threatens no one.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text, actor, recipients, deed", [
    ("Serbia said any Croatian arms deliveries to Kosovo would be regarded as a hostile act.", "SRB", {"HRV"}, "AID"),
    ("Beijing said a declaration of independence by Taipei will be considered a declaration of war.", "CHN", {"TWN"},
     None),
    ("Ethiopia said any Egyptian deployment in Somalia would be treated as an act of aggression.", "ETH", {"EGY"},
     "MOBILIZE"),
    ("Belarus's defence minister warned on Friday that Polish troop deployments near the border would be seen as a "
     "direct threat.", "BLR", {"POL"}, "MOBILIZE"),
])
def test_regarded_deed_is_a_threat_at_its_owner(text, actor, recipients, deed):
    events = read(text)
    assert_act(events, "THREATEN", {actor}, recipients, "occurred")
    if deed is not None:
        assert_act(events, deed, set(), None, None)


@pytest.mark.parametrize("text, actor, recipients", [
    ("Peru's defence ministry said on Monday that a Bolivian blockade of the lake would be a declaration of war.",
     "PER", {"BOL"}),
    ("Greece's foreign minister, Eleni Darga, said any landing on the islets by Turkish troops would be an act of war.",
     "GRC", {"TUR"}),
])
def test_deed_said_to_be_an_act_of_war_is_a_threat(text, actor, recipients):
    """threat60: a bare copula ('would be a declaration of war') judges the deed in advance: a threat, no ACCUSE of a
    deed no one did."""
    events = read(text)
    assert_act(events, "THREATEN", {actor}, recipients, "occurred")
    assert_act(events, "ACCUSE", set(), None, None)


@pytest.mark.parametrize("text", [
    "Chile said the border closure would be a mistake.",
    "Vietnam said any drilling near the reef would be a serious setback for talks.",
])
def test_copula_without_war_verdict_no_threat(text):
    assert_act(read(text), "THREATEN", set(), None, None)


@pytest.mark.parametrize("text", [
    "Uruguay said the new trade agreement with Paraguay would be considered a milestone.",
    "Chad said the border raids would not be regarded as an act of war.",
])
def test_no_hostile_verdict_no_threat(text):
    assert_act(read(text), "THREATEN", set(), None, None)
