"""A hostile act said to be possible under the refusal of a demand is a threat at the one asked (threat60;
lang/en/act_conditional), with sentences of our own.

'said it could halt ... unless X reopened ...', 'may expel ... if X does not ...': PLOVER's THREATEN, made as it is
said; a possibility under a condition that asks nothing ('if the talks failed') stays the measure it was, and a
measure that is no hostility is no threat.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text, actor, recipient", [
    ("Egypt said it could halt all cotton imports from Sudan unless Khartoum reopened the border crossings.",
     "EGY", "SDN"),
    ("Egypt said it may expel Sudan's ambassador if Khartoum does not lift the blockade.", "EGY", "SDN"),
    ("Unless Lima frees the trawler crews, Chile might impose tariffs on Peruvian imports, its trade minister said.",
     "CHL", "PER"),
])
def test_possible_act_under_a_refused_demand_is_a_threat(text, actor, recipient):
    events = read(text)
    assert_act(events, "THREATEN", {actor}, {recipient}, "occurred")
    assert_act(events, "SANCTION", set(), None, None)


@pytest.mark.parametrize("text, kind", [
    ("Egypt said it could expel Sudan's ambassador if the talks failed.", "SANCTION"),
    ("Egypt said it could lift sanctions on Sudan unless the talks failed.", "RETREAT"),
])
def test_possibility_without_a_refused_demand_is_no_threat(text, kind):
    events = read(text)
    assert_act(events, "THREATEN", set(), None, None)
    assert any(e.type == kind for e in events), [e.type for e in events]
