"""Threats said as cooperation withheld and authorities' warnings of punishment (threats49; lang/en/
act_withheld_cooperation, act_punishment_warnings), with sentences of our own.

1. "X warned that it would not sign trade deals with Y while ...": the speaker's own cooperation refused in a warning's
   complement is a threat to suspend relations (THREATEN `relations`), aimed at the partner (or the sides of the
   conflict just told, for "either country"). A refusal stated with no warning stays a REJECT.
2. "the army warned that looters would be punished": an authority's warning of punishment threatens its own people
   (THREATEN, the same state on both sides); a warning of what others may suffer, or of no punishment, is none.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def threats(text: str):
    return [(e.mode, sorted(p.country for p in e.participants), sorted(r.country for r in e.recipients))
            for e in events(text) if e.type == "THREATEN"]


@pytest.mark.parametrize("text, actor, recipients", [
    ("Canada warned that it would not sign trade deals with Peru while the fighting continued.", "CAN", ["PER"]),
    ("Australia warned it would not conclude a free trade agreement with Chile unless the dispute ended.", "AUS",
     ["CHL"]),
    ("Thailand and Cambodia exchanged artillery fire on Friday.\n\nBrazil warned that Brasilia would not conclude trade "
     "deals with either country while the clashes continued.", "BRA", ["KHM", "THA"]),
])
def test_withheld_cooperation_threatens_relations(text, actor, recipients):
    assert ("relations", [actor], recipients) in threats(text)


def test_refusal_without_warning_stays_rejection():
    text = "Canada said it would not sign a trade deal with Peru."
    assert not threats(text)
    assert [e.type for e in events(text)] == ["REJECT"]


LEAD = "Protesters set fire to government offices in Kenya on Monday. "


@pytest.mark.parametrize("text, state", [
    (LEAD + "The army warned that looters would be punished.", "KEN"),
    (LEAD + "The army warned that anyone found looting would face severe punishment.", "KEN"),
    (LEAD + "The interior ministry warned that such acts will not go unpunished.", "KEN"),
    ("Zambia's police chief warned that protesters who blocked roads would be arrested.", "ZMB"),
])
def test_punishment_warning_threatens_own_people(text, state):
    assert (None, [state], [state]) in threats(text)


@pytest.mark.parametrize("text", [
    LEAD + "The army warned that looters would not be punished if they returned the goods.",
    LEAD + "The army warned that protesters would not be punished if they went home by dusk.",  # enriot46: people
    LEAD + "Doctors warned that protesters would face serious injuries.",
    LEAD + "The army said that looters had been arrested.",
])
def test_no_punishment_warning(text):
    assert not threats(text)
