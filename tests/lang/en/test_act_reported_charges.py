"""(acts59, issue 13) A deed of force or coercion told in a reported clause with a subject of its own is also the
speaker's ACCUSE (allege) against that subject, the deed kept beside it (act_reported_charges). The charge rows: tests/lang/en/test_acts59.py. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import event_sides

DAY = date(2024, 11, 15)


@pytest.mark.parametrize("text, accused, deed", [
    ("Peru said Bolivia had shelled its border post on Tuesday.", "BOL", "ASSAULT"),
    ("Norway said Russia had jammed GPS signals over its northern towns.", "RUS", "COERCE"),
])
def test_the_reported_deed_stays_beside_the_charge(text, accused, deed):
    assert any(t == deed and accused in a for t, a, _ in event_sides(text, DAY))


@pytest.mark.parametrize("text", [
    "Peru said it had shelled Bolivian positions on Tuesday.",  # the speaker's own deed
    "Peru said Bolivia had not shelled its border post.",  # a deed denied
    "Peru said Bolivia had threatened to shell its border post.",  # a threat told with 'said' is a report (charges51)
    "Peru said Bolivia had signed the river accord.",  # no wrong told
])
def test_no_charge_for_an_own_denied_or_harmless_deed(text):
    assert not any(t == "ACCUSE" for t, _, _ in event_sides(text, DAY))


def test_an_alleging_verb_keeps_one_charge():
    sides = [s for s in event_sides("Peru alleged that Bolivia had shelled its border post.", DAY) if s[0] == "ACCUSE"]
    assert sides == [("ACCUSE", frozenset({"PER"}), frozenset({"BOL"}))]


def test_the_speakers_own_forces_are_no_accused():
    assert not any(t == "ACCUSE" for t, _, _ in event_sides("Peru's envoy to Chile said its troops had shelled rebel camps.", DAY))
