"""A negated meeting set against one held before it (meet55, lexicon `meeting_contrast_re`,
lang/base/meetings.py `denied_beside_held`): 'held talks with A but did not meet B' tells whom the visitor did not
see; no meeting with B was arranged, so B holds no meeting, not even a cancelled one, and the held meeting keeps
only its own participants. A contrast without a negated meeting word leaves the held meeting alone. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2024, 11, 8)

NOT_MET = [
    "Kenyan Foreign Minister Grace Otieno held talks with Ugandan Defence Minister Paul Okello in Kampala on Tuesday "
    "but did not meet President Samuel Mugisha.",
    "Kenyan Foreign Minister Grace Otieno met Ugandan Defence Minister Paul Okello in Kampala on Tuesday, "
    "though she never met President Samuel Mugisha or the army commander.",
    "On Tuesday Kenyan Foreign Minister Grace Otieno spent three hours in talks with Ugandan Defence Minister "
    "Paul Okello, yet she did not get to meet President Samuel Mugisha.",
]


def consults(text):
    return [e for e in extract_text(text, published=DAY).events if e.type == "CONSULT"]


def names(event) -> set[str]:
    return {p.name for p in event.participants}


@pytest.mark.parametrize("text", NOT_MET)
def test_people_not_met_hold_no_meeting(text):
    found = consults(text)
    assert [e.status for e in found] == ["occurred"], [(e.status, names(e)) for e in found]
    assert not any("Mugisha" in n for n in names(found[0])), names(found[0])


def test_contrast_without_negated_meeting_keeps_the_meeting():
    text = ("Kenyan Foreign Minister Grace Otieno met Ugandan Defence Minister Paul Okello in Kampala on Tuesday, "
            "but the two did not sign any accord.")
    found = consults(text)
    assert [e.status for e in found] == ["occurred"], [(e.status, names(e)) for e in found]
    assert any("Okello" in n for n in names(found[0])), names(found[0])
