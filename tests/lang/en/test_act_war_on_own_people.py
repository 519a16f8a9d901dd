"""War said of a government on its own people in a reported clause (accuse50): 'said the ruling party had declared
war on its own people' charges the government with oppression (the speaker's own state on both sides, the
opposition accusing the government); the war phrase inside the charge is no ASSAULT. A war declared on another
state stays a war. Every sentence is our own; the Korean form ('"집권당이 자국민을 상대로 ..."며 정부를 비판했다') is in
tests/lang/ko/test_act_gathered_denunciations.py."""
from __future__ import annotations

import pytest

from readout.lang.en.acts import find_acts
from tests.conftest import countries


@pytest.mark.parametrize("text, state", [
    ("The Venezuelan opposition leader said the ruling party had declared war on its own people.", "VEN"),
    ("The Bolivian opposition leader said on Monday that the government was waging war against its own citizens.",
     "BOL"),
    ("Opposition lawmakers in Bolivia said the ruling party had declared war on its own people.", "BOL"),
    ("The Venezuelan opposition leader, at odds with the cabinet, said the ruling party had declared \"war\" on its own "
     "people.", "VEN"),
])
def test_war_on_its_own_people_is_a_charge(extract, text, state):
    events = extract(text).events
    found = [e for e in events if e.type == "ACCUSE"]
    assert found and (countries(found[0].participants), countries(found[0].recipients)) == ({state}, {state})
    assert found[0].mode == "disapprove"  # a figure of speech judges the conduct; no deed is alleged
    assert not [e for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Paraguay declared war on Bolivia in 1932.",
    "Iraq said on Friday that Iran had declared war on it.",
])
def test_war_on_another_state_stays_a_war(text):
    assert [h for h in find_acts(text) if h.type == "ASSAULT"]
    assert not [h for h in find_acts(text) if h.type == "ACCUSE" and h.lemma == "characterize"]
