"""Two passes after the English walk, each in its own module (tidy46), with sentences of our own.

- act_obligations: an obligation laid on another side in a reported statement is the speaker's REQUEST (its mode
  from what is asked); one the speaker lays on itself is none.
- act_sighted_forces: forces an observer detects are their owner's MOBILIZE towards the observer; a verb of moving is
  an act only with forces as its subject, a verb of force only after forces ('critics hammered X': none).
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 4)


def acts(text: str) -> list[tuple[str, str | None, set[str], set[str]]]:
    return [(e.type, e.mode, {p.country for p in e.participants}, {p.country for p in e.recipients})
            for e in extract_text(text, published=DAY).events]


@pytest.mark.parametrize("text, expected", [
    ("Ghana said Togo must release the detained fishermen.", [("REQUEST", "yield", {"GHA"}, {"TGO"})]),
    ("Ghana said Togo should return to the negotiating table.", [("REQUEST", "meet", {"GHA"}, {"TGO"})]),
    ("Benin said it detected 12 Togolese military drones near its border on Sunday.",
     [("MOBILIZE", "weapons", {"TGO"}, {"BEN"})]),
    ("Togolese warplanes pounded rebel positions in Ghana on Sunday.", [("ASSAULT", "aerial", {"TGO"}, {"GHA"})]),
    ("A Togolese ferry sailed through Ghanaian waters on Sunday.", []),
    ("Opposition critics hammered the Togolese government on Sunday.", []),
])
def test_obligations_and_forces_read_after_the_walk(text, expected):
    assert acts(text) == expected


def test_an_obligation_the_speaker_lays_on_itself_asks_no_one():
    assert not [a for a in acts("Ghana said it must strengthen its border patrols.") if a[0] == "REQUEST"]
