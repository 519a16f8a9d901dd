"""(acts59, issue 13) A deed of force or coercion told in a reported clause with a subject of its own is also the
speaker's ACCUSE (allege) against that subject, the deed kept beside it (act_reported_charges). Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import event_sides

DAY = date(2024, 11, 15)


@pytest.mark.parametrize("text, speaker, accused, deed", [
    ("Peru said Bolivia had shelled its border post on Tuesday.", "PER", "BOL", "ASSAULT"),
    ("Chile said Argentine hackers had hacked the finance ministry's servers.", "CHL", "ARG", "COERCE"),
    ("Norway said Russia had jammed GPS signals over its northern towns.", "NOR", "RUS", "COERCE"),
    ("In a statement, Ecuador said Colombian troops had shelled a river outpost.", "ECU", "COL", "ASSAULT"),
])
def test_a_reported_deed_is_also_the_speakers_charge(text, speaker, accused, deed):
    sides = event_sides(text, DAY)
    assert ("ACCUSE", frozenset({speaker}), frozenset({accused})) in sides, sides
    assert any(t == deed and accused in a for t, a, _ in sides), sides  # the deed stays the reported deed


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


@pytest.mark.xfail(strict=True, reason="Korean twin: a reported deed under a plain verb of saying ('-다고 말했다') gives "
                   "no charge; the fix goes in lang/ko's reported-complement reader (act_verdicts), adding the "
                   "speaker's ACCUSE for ASSAULT and COERCE complements with a subject of their own")
def test_korean_reported_deed_is_the_speakers_charge():
    sides = event_sides("페루는 볼리비아군이 국경 초소를 포격했다고 말했다.", DAY)
    assert ("ACCUSE", frozenset({"PER"}), frozenset({"BOL"})) in sides, sides
