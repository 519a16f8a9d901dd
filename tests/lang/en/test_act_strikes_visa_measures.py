"""Strikes held and visas revoked (sanction56), English sentences of our own.

1. A strike declared, called, staged, begun or held is PROTEST with the manual's mode 'strike' ("strike or work
   stoppage"), not the 'boycott' the crosswalk gives CAMEO 143 ("conduct strike or boycott"): the object names which
   (scripts/data/build_en_acts.strike_reading; en_acts_additions.yaml). A strike called off concedes, and raids
   ('began strikes on X') stay attacks.
2. A state revoking or cancelling the visas of another state's nationals sanctions that state (SANCTION discontinue).
"""
from __future__ import annotations

import pytest

from scripts.data.build_en_acts import Plover, strike_reading
from tests.event_sides import events, sides


@pytest.mark.parametrize("text", [
    "Nigerian unions declared a general strike on Tuesday against the fuel subsidy cut.",
    "Portuguese dockworkers held a strike on Monday over the port privatisation.",
    "Greek transport workers went on strike on Thursday against the new labour law.",
    "Bolivian miners began an indefinite strike on Monday.",
    "Colombia's largest labour federation called a nationwide strike on Wednesday.",
])
def test_strikes_held_are_protest_strike(text):
    found = [e for e in events(text) if e.type == "PROTEST"]
    assert found and all(e.mode == "strike" for e in found), events(text)


@pytest.mark.parametrize("text", [
    "The Nigerian union called off the strike on Tuesday after talks with the labour minister.",
    "Turkey began strikes on militant positions in northern Iraq on Monday.",
])
def test_strikes_called_off_or_air_strikes_are_no_protest(text):
    assert not [e for e in events(text) if e.type == "PROTEST"], events(text)


def test_build_reads_a_strike_object_as_strike_not_boycott():
    boycott = Plover("PROTEST", "boycott", ())
    assert strike_reading(boycott, ("general strike",)).mode == "strike"
    assert strike_reading(boycott, ("work",)).mode == "strike"
    assert strike_reading(boycott, ("products",)).mode == "boycott"
    assert strike_reading(Plover("ASSAULT", None, ()), ("strike",)).mode is None


@pytest.mark.parametrize("text, actor, target", [
    ("Lithuania revoked all visas issued to Belarusian nationals on Friday.", "LTU", "BLR"),
    ("Ecuador cancelled visa-free entry for Venezuelan citizens on Monday, the foreign ministry said.", "ECU", "VEN"),
])
def test_visas_revoked_sanction_the_nationals_state(text, actor, target):
    assert ([actor], [target]) in sides(text, "SANCTION"), events(text)


def test_a_visa_granted_is_no_sanction():
    text = "Lithuania issued humanitarian visas to Belarusian journalists on Friday."
    assert not sides(text, "SANCTION"), events(text)


@pytest.mark.parametrize("text, actor, target", [
    ("Panama evacuated its diplomats from Nicaragua on a chartered flight on Sunday.", "PAN", "NIC"),
    ("Kenya evacuated its embassy staff from Sudan on Tuesday as fighting spread.", "KEN", "SDN"),
])
def test_diplomats_evacuated_are_withdrawn(text, actor, target):
    """3. (sanction56) A state's own diplomats evacuated from a country: SANCTION withdraw, not the AID of CAMEO 070."""
    found = [e for e in events(text) if e.type == "SANCTION"]
    assert found and found[0].mode == "withdraw", events(text)
    assert ([actor], [target]) in sides(text, "SANCTION")
    assert not [e for e in events(text) if e.type == "AID"], events(text)
