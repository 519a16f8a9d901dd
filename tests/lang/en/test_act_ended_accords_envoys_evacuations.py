"""(sanction54) Three SANCTION classes in English, with our own sentences:

1. A state ending the accords that bind it to another ('revoked its defence pacts with X', 'is scrapping the military
   agreements with X'): SANCTION discontinue, as suspending them is ('suspended its strategic partnership with X' is a
   state withdrawing from a standing arrangement, CAMEO 161: withdraw, sanction58); the accord's other party receives. Declaring an accord void stays a refusal (REJECT, appeals50).
2. A deadline given to an envoy to leave ('gave the Chilean ambassador 72 hours to leave'): the expulsion, whose
   receiving side is the envoy's state (act_deadlines gives the deadline the object as its target).
3. A state's nationals evacuated from a country ('evacuated its citizens from X'): SANCTION withdraw (the reduced
   presence, as for diplomats), never aid to one's own people nor a military retreat.
A law named after an act ('an amnesty law', 'a sanctions bill') is a text, not the act (compound_heads)."""
from __future__ import annotations

import pytest

from tests.conftest import countries, events_of


@pytest.mark.parametrize("text, actor, recipient, mode", [
    ("Guinea said on Friday it was revoking a series of defence agreements with Senegal.", "GIN", "SEN", "discontinue"),
    ("Chad scrapped its military cooperation accords with Sudan on Tuesday.", "TCD", "SDN", "discontinue"),
    ("Lithuania terminated the status of forces agreement with Belarus.", "LTU", "BLR", "discontinue"),
    ("Ghana tore up its fisheries treaty with Togo last week.", "GHA", "TGO", "discontinue"),
    ("Norway announced on Sunday that it was suspending its strategic partnership with Hungary.", "NOR", "HUN",
     "withdraw"),  # sanction58: a partnership suspended is a state withdrawing from it (CAMEO 161)
])
def test_ending_an_accord_is_a_sanction_on_its_other_party(extract, text, actor, recipient, mode):
    (act,) = events_of(extract(text), "SANCTION")
    assert (act.mode, countries(act.participants), countries(act.recipients)) == (mode, {actor}, {recipient})


@pytest.mark.parametrize("text", [
    "The ministry terminated the contract with the builder.",  # no accord between states
    "Peru revoked the licence of a mining firm.",
])
def test_other_objects_of_the_verbs_are_no_sanction(extract, text):
    assert not events_of(extract(text), "SANCTION")


@pytest.mark.parametrize("text, actor, recipient", [
    ("Tunisia on Monday gave the Libyan ambassador 72 hours to leave the country.", "TUN", "LBY"),
    ("Uganda gave the Burundian envoy 48 hours to leave.", "UGA", "BDI"),
])
def test_deadline_to_leave_expels_the_envoys_state(extract, text, actor, recipient):
    (act,) = events_of(extract(text), "SANCTION")
    assert (act.mode, countries(act.participants), countries(act.recipients)) == ("expel", {actor}, {recipient})


@pytest.mark.parametrize("text, actors, recipient", [
    ("Spain and Portugal evacuated their nationals from Haiti on Monday.", {"ESP", "PRT"}, "HTI"),
    ("Japan began evacuating its citizens from Sudan on Saturday.", {"JPN"}, "SDN"),
])
def test_evacuating_nationals_is_withdraw(extract, text, actors, recipient):
    found = extract(text)
    (act,) = events_of(found, "SANCTION")
    assert (act.mode, countries(act.participants), countries(act.recipients)) == ("withdraw", actors, {recipient})
    assert not events_of(found, "RETREAT") and not events_of(found, "AID")


@pytest.mark.parametrize("text, kind", [
    ("Their release came under an amnesty law passed by parliament on May 2.", "CONCEDE"),
    ("Lawmakers debated a sanctions bill aimed at Iran on Tuesday.", "SANCTION"),
])
def test_a_law_named_after_an_act_is_no_act(extract, text, kind):
    assert not events_of(extract(text), kind)


def test_rescuers_evacuating_residents_stay_aid(extract):
    assert not events_of(extract("Rescuers evacuated residents from the flooded town in Peru."), "SANCTION")


@pytest.mark.parametrize("text, actor, recipient", [
    ("Canada lifted sanctions on Belarus on Monday.", "CAN", "BLR"),
    ("Taiwan eased export controls on China last week.", "TWN", "CHN"),
])
def test_eased_sanctions_are_retreat_as_in_korean(extract, text, actor, recipient):
    found = extract(text)
    (act,) = events_of(found, "RETREAT")  # the crosswalk's 085, the reading '제재를 해제했다' shares
    assert (countries(act.participants), countries(act.recipients)) == ({actor}, {recipient})
    assert not events_of(found, "CONCEDE")
