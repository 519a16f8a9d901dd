"""Allegations of a hostile or illicit deed (accuse66, lang/en/act_allegations.py): a verb of alleging ('claimed that',
'alleged that', 'insisted that') whose reported clause tells another side backing an armed group is ACCUSE allege at
that side, and the backing charged is no AID or SUPPORT of its own; a capital may make the claim for its government.
A claim of a fact, backing given to a state or to one's own forces, or a claim of responsibility alleges nothing.
Every sentence here is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2025, 6, 2)
NONE = ("ACCUSE", None, None, None, None)

ROWS = [
    ("Uruguay claimed that Paraguay was arming the rebels in the north.",
     [("ACCUSE", {"URY"}, {"PRY"}, "occurred", "allege"), ("AID", None, None, None, None)]),
    ("Bolivia alleged that Argentina had supplied rifles to the militants.",
     [("ACCUSE", {"BOL"}, {"ARG"}, "occurred", "allege"), ("AID", None, None, None, None)]),
    ("Ghana insisted that Togo was backing the separatists.",
     [("ACCUSE", {"GHA"}, {"TGO"}, "occurred", "allege"), ("SUPPORT", None, None, None, None)]),
    ("Montevideo claimed that Paraguayan troops had shelled a border post.",
     [("ACCUSE", {"URY"}, {"PRY"}, "occurred", "allege")]),
    ("Ghana insisted that Togolese gunboats had rammed a fishing boat.",
     [("ACCUSE", {"GHA"}, {"TGO"}, "occurred", "allege")]),
    # negatives: a fact or an offer claimed, backing a state or one's own army, a claim of responsibility
    ("Uruguay claimed that Paraguay was ready to resume talks.", [NONE]),
    ("Bolivia claimed that Argentina was arming its own border guards.", [NONE]),
    ("Bolivia claimed that Argentina had supplied rifles to Chile.", [NONE]),
    ("The rebel group claimed responsibility for the ambush on the convoy.", [NONE]),
    ("Ghana insisted that Togo withdraw its support for the separatists.", [NONE]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_claimed_backing(text, expected):
    events = extract_text(text, published=DAY).events
    for type_, actors, recipients, status, mode in expected:
        assert_act(events, type_, actors, recipients, status, mode)
