"""A deed cited or recorded is the object of the citing verb, no act of the citing side (precision48;
lang/en/act_cited), with sentences of our own: 'sanctioned two generals, citing attacks on civilians' holds the
sanction only; 'attacks' after 'citing' was read as a present verb, an ASSAULT by the sanctioning state.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text, cited", [
    ("The United States sanctioned two Ethiopian generals on Tuesday, citing attacks on civilians.", "ASSAULT"),
    ("France froze the assets of three Sudanese commanders, citing strikes on hospitals in Darfur.", "ASSAULT"),
    ("Britain sanctioned the militia's commanders, citing raids on refugee camps in Sudan.", "ASSAULT"),
    ("Canada blacklisted the Myanmar air force chief, invoking raids on villages in Sagaing.", "ASSAULT"),
    ("Ottawa expelled two Iranian diplomats, citing threats to Iranian dissidents in Canada.", "THREATEN"),
])
def test_cited_deed_is_no_act(text, cited):
    assert_act(read(text), cited, set(), None, None)


@pytest.mark.parametrize("text, actor, recipient", [
    ("The United States sanctioned two Ethiopian generals on Tuesday, citing attacks on civilians.", "USA", "ETH"),
    ("France froze the assets of three Sudanese commanders, citing strikes on hospitals in Darfur.", "FRA", "SDN"),
])
def test_sanction_beside_the_cited_deed_stays(text, actor, recipient):
    assert_act(read(text), "SANCTION", {actor}, {recipient}, "occurred")


def test_present_verb_after_its_subject_stays():
    assert_act(read("Russia attacks Ukrainian ports with drones overnight."), "ASSAULT", {"RUS"}, None, "occurred")
