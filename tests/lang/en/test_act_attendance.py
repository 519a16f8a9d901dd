"""A planned attendance of a gathering is a planned meeting, no AGREE (precision48; lang/en/act_attendance), with
sentences of our own: 'would take part in a video meeting of NATO leaders' promises no one anything, as 'would
attend a NATO summit' already did not; an intent to negotiate with a counterpart stays AGREE.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text", [
    "The Dutch prime minister told reporters he would take part in a Nordic leaders' conference by video.",
    "The Dutch prime minister said he would participate in an OSCE summit in Lisbon.",
    "The Dutch prime minister said he would join a video conference of EU leaders on Monday.",
    "The Dutch prime minister will take part in a meeting of EU leaders on Friday.",
])
def test_planned_attendance_is_no_agreement(text):
    assert_act(read(text), "AGREE", set(), None, None)


@pytest.mark.parametrize("text, actors", [
    ("The Dutch prime minister said he would take part in talks with Belgium next week.", {"NLD", "BEL"}),
    ("The Dutch prime minister will meet the Belgian prime minister next week.", {"NLD"}),
])
def test_intent_to_meet_a_counterpart_stays(text, actors):
    assert_act(read(text), "AGREE", actors, None, "planned")
