"""A deed only denied, and a transfer only charged or claimed, is no event (k49; en.yaml denied_deed_before_re,
charged_transfer_before_re, Language.find_acts), the English side of the rule the Korean reader keeps for
'...공급했다고 비난했다', with sentences of our own: 'accused B of supplying C' is the ACCUSE alone, and 'B denied
supplying C' states no supply; the narrator's own telling stays."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text, deed", [
    ("Poland denied supplying weapons to Ukraine.", "AID"),
    ("Egypt denies having sent troops to Sudan.", "MOBILIZE"),
    ("Rwanda has denied arming the rebels in eastern Congo.", "AID"),
    ("Venezuela denied that it had shelled the Guyanese border post.", "ASSAULT"),
    ("The ISI denied accusing Afghanistan of anything.", "ACCUSE"),
])
def test_denied_deed_is_no_event(text, deed):
    assert_act(read(text), deed, set(), None, None)


@pytest.mark.parametrize("text, accuser, accused", [
    ("Russia accused Poland of supplying weapons to Ukraine.", "RUS", "POL"),
    ("Ethiopia accused Egypt of arming Sudanese rebels.", "ETH", "EGY"),
    ("Russia criticized Poland for supplying weapons to Ukraine.", "RUS", "POL"),
    ("Serbia condemned Albania for secretly providing arms to Kosovo.", "SRB", "ALB"),
])
def test_accusation_keeps_the_charge_not_the_deed(text, accuser, accused):
    events = read(text)
    assert_act(events, "ACCUSE", {accuser}, {accused}, "occurred")
    assert_act(events, "AID", set(), None, None)


def test_claimed_transfer_is_no_event():
    assert_act(read("Russia claimed that Poland had supplied weapons to Ukraine."), "AID", set(), None, None)


def test_condemned_test_keeps_its_deed():
    """A condemned deed of force or a test stays its own event (acts47); only transfers are the charge's content."""
    assert_act(read("The United States condemned North Korea for conducting a nuclear test."), "MOBILIZE", {"PRK"},
               None, "occurred")


@pytest.mark.parametrize("text, type_, actor, recipients", [
    ("Peru supplied weapons to Bolivia on Monday.", "AID", "PER", {"BOL"}),
    ("Poland supplied weapons to Ukraine, the defense ministry said.", "AID", "POL", {"UKR"}),
    ("Russia criticized Poland, which supplied weapons to Ukraine last week.", "AID", "POL", {"UKR"}),
    ("Chile denied entry to the Peruvian delegation.", "REJECT", "CHL", {"PER"}),  # a denial that is the act itself
])
def test_asserted_deed_and_denial_acts_stay(text, type_, actor, recipients):
    assert_act(read(text), type_, {actor}, recipients, "occurred")


# charges50: a force deed charged against a third side is the charge alone, as in Korean
@pytest.mark.parametrize("text, accuser, accused", [
    ("Ukraine accused Russia of shelling villages in Moldova.", "UKR", "RUS"),
    ("Iran's foreign ministry accused Israel of bombing towns in southern Lebanon.", "IRN", "ISR"),
])
def test_force_deed_charged_against_a_third_side_is_no_event(text, accuser, accused):
    events = read(text)
    assert_act(events, "ACCUSE", {accuser}, {accused}, "occurred")
    assert_act(events, "ASSAULT", set(), None, None)


def test_force_deed_told_by_the_narrator_stays():
    events = read("Israeli artillery shelled villages in southern Lebanon. Iran condemned the shelling.")
    assert_act(events, "ASSAULT", {"ISR"}, {"LBN"}, "occurred")


# force59: a deed a claim tells stays (acts47), unless its doer denies the claim in the same sentence: disputed
@pytest.mark.parametrize("text, accuser, accused", [
    ("Georgia claimed that Armenian troops had shelled its border posts, but Armenia denied the accusation.",
     "GEO", "ARM"),
    ("Ecuador alleged that Colombian soldiers had fired on its patrol boats, a charge Colombia denied.", "ECU", "COL"),
])
def test_claimed_deed_its_doer_denies_is_only_the_claim(text, accuser, accused):
    events = read(text)
    assert_act(events, "ACCUSE", {accuser}, {accused}, "occurred")
    assert not [e for e in events if e.type == "ASSAULT"]


def test_claimed_deed_left_undenied_stays():
    events = read("Georgia claimed that Armenian troops had shelled its border posts on Sunday.")
    assert_act(events, "ASSAULT", {"ARM"}, None, "occurred")


# force59: a deed of force a charge says was only tried is the charge's content
@pytest.mark.parametrize("text, accuser, accused", [
    ("Georgia accused Armenia of trying to seize the disputed border villages.", "GEO", "ARM"),
    ("Georgia blamed Armenian commanders for an attempt to storm the border post.", "GEO", "ARM"),
    ("Ecuador charged Colombian officers with plotting to detain its consul.", "ECU", "COL"),
])
def test_attempt_a_charge_tells_is_no_deed(text, accuser, accused):
    events = read(text)
    assert_act(events, "ACCUSE", {accuser}, {accused}, "occurred")
    assert not [e for e in events if e.type in ("ASSAULT", "COERCE")]


def test_attempt_the_narrator_tells_stays():
    events = read("Armenian troops tried to seize the disputed border villages on Monday.")
    assert [e for e in events if e.type == "ASSAULT"], [(e.type, e.status) for e in events]
