"""Announced envoy recalls and standby forces made ready (threat54), with sentences of our own.

1. A state's own envoys recalled or withdrawn, said of the future ('will recall its ambassador from X'), is the
   measure announced (SANCTION withdraw, planned), not a THREATEN; an 'unless' still makes it a threat, and other
   personnel pulled out of a country still threaten (PLOVER codes 'will withdraw weapons inspectors' THREATEN).
2. A standby or reserve force activated, or ordered activated, is the actor's MOBILIZE (troops).
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.event_sides import check_announced_sanction

DAY = date(2026, 2, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


def sides(e):
    return {p.country for p in e.participants}, {p.country for p in e.recipients}


@pytest.mark.parametrize("text", [
    "Uruguay will recall its ambassador from Paraguay, the foreign minister said on Monday.",
    "Uruguay said on Monday it would withdraw its diplomats from Paraguay by the end of March.",
    "The Uruguayan government said it will recall its envoy from Paraguay and close its consulate in Asuncion.",
    "Uruguay announced on Monday it would sever diplomatic relations with Paraguay.",
])
def test_announced_recall_is_no_threat(text):
    check_announced_sanction(read(text), "URY", "PRY")


@pytest.mark.parametrize("text", [
    "Uruguay will recall its ambassador from Paraguay unless the detained journalists are freed, the minister said.",
    "The United Nations said on Monday it will withdraw its weapons inspectors from Paraguay.",
])
def test_conditional_recall_or_other_withdrawal_still_threatens(text):
    assert any(e.type == "THREATEN" and "PRY" in sides(e)[1] for e in read(text)), read(text)


@pytest.mark.parametrize("text", [
    "Kenya activated its national guard on Monday after days of unrest.",
    "The Kenyan defence ministry on Monday ordered the activation of its standby brigade.",
    "Kenya on Tuesday activated its rapid reaction force.",
])
def test_standby_force_activated_is_mobilize(text):
    found = read(text)
    assert any(e.type == "MOBILIZE" and "KEN" in sides(e)[0] for e in found), found


@pytest.mark.parametrize("text", [
    "The Kenyan central bank activated its emergency credit line on Monday.",
    "A Kenyan court on Monday ordered the release of two reservists held since May.",
])
def test_other_activations_or_orders_are_no_mobilize(text):
    assert not [e for e in read(text) if e.type == "MOBILIZE"], read(text)
