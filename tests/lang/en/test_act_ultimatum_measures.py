"""The ultimatum's 'all necessary measures' (threat54), with sentences of our own.

A side that says it will take all necessary (required, appropriate) measures, against a side the story names or in a
condition on that side, threatens it (PLOVER THREATEN, "threaten with ... sanctions or other measures"), as the
further measures of measures35 do. Measures told as taken ('took all necessary measures to protect its staff', 'had
taken further measures') are no threat (cue measure_taking_verbs), nor are measures pledged against no side.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 2, 9)
DEED = "Chadian soldiers shelled a border village in Cameroon on Saturday. "


def read(text: str):
    return extract_text(text, published=DAY).events


def sides(e):
    return {p.country for p in e.participants}, {p.country for p in e.recipients}


@pytest.mark.parametrize("text", [
    DEED + "Cameroon said it would take all necessary measures, including military action.",
    DEED + "Cameroon said it will take all measures required unless the shelling stops within three days.",
    "Cameroon said on Monday that if Chad does not pull its troops back within a week, it will take all "
    "appropriate measures, which may include the use of force.",
])
def test_pledged_necessary_measures_threaten_the_other_side(text):
    found = [e for e in read(text) if e.type == "THREATEN"]
    assert any(sides(e) == ({"CMR"}, {"TCD"}) for e in found), found


@pytest.mark.parametrize("text", [
    DEED + "Cameroon took all necessary measures to protect its citizens, the ministry said.",
    DEED + "Cameroon said it had taken further measures to secure the border.",
    "The health ministry said it would take all necessary measures to contain the outbreak.",
])
def test_measures_taken_or_aimed_at_no_side_are_no_threat(text):
    assert not [e for e in read(text) if e.type == "THREATEN"], read(text)
