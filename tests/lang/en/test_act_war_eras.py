"""An act placed inside a named past war is history, no event of the report's days (support60;
lang/en/act_war_eras), with sentences of our own: 'sent troops during the Korean War', 'During the Cold War, X armed',
'in World War Two'. A lower-case war (the story's own), time counted since a war, and a deed in another clause stay.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text, type_", [
    ("Canada sent thousands of troops to the peninsula during the Korean War, the ambassador recalled on Monday.",
     "MOBILIZE"),
    ("Australia sent troops to help Kuwait in the Gulf War, the minister noted in a speech on Monday.", "AID"),
    ("During the Cold War, Cuba sent troops to help Angola, the historian wrote.", "AID"),
    ("Brazil backed the Allies throughout the Second World War, the envoy told the forum on Monday.", "SUPPORT"),
])
def test_act_in_named_past_war_is_history(text, type_):
    assert_act(read(text), type_, set(), None, None)


@pytest.mark.parametrize("text, type_, actor", [
    ("Jordan sent troops to help Iraq in the war against the militants on Monday, the army said.", "AID", "JOR"),
    ("Poland sent tanks to Ukraine on Monday in the largest transfer since World War Two.", "AID", "POL"),
    ("Chile backed Peru's bid on Monday, and the two had fought each other in the War of the Pacific.", "SUPPORT",
     "CHL"),
])
def test_act_of_the_story_stays(text, type_, actor):
    assert_act(read(text), type_, {actor}, None, "occurred")


def test_war_dating_an_inner_deed_leaves_the_act():
    """The war dates the deed inside the demanded admission, not the demand made now."""
    text = "Greece's parliament on Monday demanded an apology from Berlin that German troops burned villages during World War Two."
    assert_act(read(text), "REQUEST", {"GRC"}, None, "occurred")


@pytest.mark.parametrize("text, actor", [
    ("Serbia on Monday demanded compensation from Austria over the shelling of its towns during the First World War.",
     "SRB"),
    ("Greece on Tuesday demanded an apology from Italy for the occupation of its islands during the Second World War.",
     "GRC"),
])
def test_war_dating_the_grounds_leaves_the_act(text, actor):
    """The war dates the deed the act's grounds name ('for …', 'over …' after the act), not the demand made now."""
    assert_act(read(text), "REQUEST", {actor}, None, "occurred")
