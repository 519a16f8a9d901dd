"""English acts: opposing a plan, blame, interceptions, boycotts, severed contact, launched drones. Opposing a plan or
measure (REJECT, its owner receiving); blaming a state or its drills (ACCUSE); intercepting another state's military
aircraft (MOBILIZE both ways); talks 'between' two states held in the passive (CONSULT of the two, with its status);
refusing to attend or boycotting talks (REJECT); suspending or severing contact (SANCTION); drones launched at a
target (ASSAULT drone); a country name that is also a given name or a US state, addressed by a verb ('urged Georgia
to').

Formerly tests/lang/test_en_act_news13.py; classes first read as "English act classes of issues 13 and 15 left by
the en12 session (en13), one test per class, each with sentences of our own across regions" (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries, events_of

OCC, PLAN = "occurred", "planned"
DAY = date(2025, 3, 4)


def read(sentence: str, ptype: str):
    return events_of(extract_text(sentence, published=DAY), ptype)


# to oppose, object to or come out against a plan, a proposal or a measure is to refuse it (the manual's REJECT, not
# CAMEO's 'oppose sanctions' as verbal support); the owner of what is opposed receives it
@pytest.mark.parametrize("sentence, actor, recipient, status", [
    ("China opposes Washington's new sanctions against Russia.", "CHN", "USA", OCC),
    ("Turkey objected to Sweden's bid to join NATO.", "TUR", "SWE", OCC),
    ("Brazil came out against Argentina's proposal on tariffs.", "BRA", "ARG", OCC),
    ("India will oppose Pakistan's proposal at the United Nations.", "IND", "PAK", PLAN),
    ("Kenya has opposed the African Union plan.", "KEN", "IGO", OCC),
])
def test_opposing_a_plan_or_measure_is_a_rejection_of_its_owner(sentence, actor, recipient, status):
    (e,) = read(sentence, "REJECT")
    assert countries(e.participants) == {actor} and countries(e.recipients) == {recipient} and e.status == status
    assert read(sentence, "SUPPORT") == []


@pytest.mark.parametrize("sentence", [
    "Japan does not oppose South Korea's plan.",
    "Germany opposed new sanctions on Iran.",  # the owner unnamed: no support for Iran either
])
def test_opposing_is_never_support(sentence):
    assert read(sentence, "SUPPORT") == []


# blaming a state, or its drills, for harm is accusing it (ACCUSE), the state blamed receiving
@pytest.mark.parametrize("sentence, actor, recipient", [
    ("Beijing blamed Japan's military drills for raising tensions in the region.", "CHN", "JPN"),
    ("Iraq's government blamed Turkey for the deadly attack on the camp.", "IRQ", "TUR"),
    ("Pyongyang blamed the joint drills of Seoul and Washington for raising tensions.", "PRK", "KOR"),
])
def test_blaming_a_state_or_its_drills_is_an_accusation(sentence, actor, recipient):
    (e,) = read(sentence, "ACCUSE")
    assert countries(e.participants) == {actor} and recipient in countries(e.recipients)


# putting, laying or pinning the blame on a state is blaming it (ACCUSE allege), the state after 'on' receiving
@pytest.mark.parametrize("sentence, actor, recipient", [
    ("Ethiopia put the blame on Egypt for the unrest.", "ETH", "EGY"),
    ("Serbia laid the blame for the violence on Kosovo.", "SRB", "XKX"),
    ("Kenya placed the blame squarely on Somalia.", "KEN", "SOM"),
])
def test_putting_the_blame_on_a_state_is_an_accusation(sentence, actor, recipient):
    (e,) = read(sentence, "ACCUSE")
    assert countries(e.participants) == {actor} and countries(e.recipients) == {recipient} and e.mode == "allege"


def test_putting_something_else_on_a_table_is_no_accusation():
    assert read("The minister put the report on the table.", "ACCUSE") == []


# forces intercepting another state's military aircraft: a military move short of force (MOBILIZE weapons, not COERCE
# seize); the interceptor's is aimed at the aircraft's state, and the aircraft shown near it are their state's move
@pytest.mark.parametrize("sentence, interceptor, owner", [
    ("Norwegian fighter jets intercepted two Russian bombers near its airspace.", "NOR", "RUS"),
    ("Japanese jets intercepted two Chinese bombers near Okinawa.", "JPN", "CHN"),
    ("South Korea's air force intercepted Russian warplanes over the East Sea.", "KOR", "RUS"),
])
def test_intercepting_military_aircraft_is_mobilize_both_ways(sentence, interceptor, owner):
    found = {(frozenset(countries(e.participants)), frozenset(countries(e.recipients))) for e in read(sentence, "MOBILIZE")}
    assert (frozenset({interceptor}), frozenset({owner})) in found
    assert (frozenset({owner}), frozenset({interceptor})) in found
    assert read(sentence, "COERCE") == []


def test_an_interception_that_did_not_happen_is_none():
    assert read("Poland did not intercept the Belarusian helicopters.", "MOBILIZE") == []


# 'Talks between A and B were held': the meeting noun with its 'between' parties as the subject of a verb of holding
@pytest.mark.parametrize("sentence, parties, status", [
    ("Talks between Serbia and Kosovo were held in Brussels on Monday.", {"SRB", "XKX"}, OCC),
    ("Talks between Ethiopia and Somalia took place in Ankara on Friday.", {"ETH", "SOM"}, OCC),
    ("A summit between Chile and Peru will take place in Lima on Friday.", {"CHL", "PER"}, PLAN),
    ("Talks between Armenia and Azerbaijan will be held in Almaty next month.", {"ARM", "AZE"}, PLAN),
    ("Talks between Sudan and South Sudan have not been held since March.", {"SDN", "SSD"}, "cancelled"),
])
def test_talks_between_two_states_held_in_the_passive(sentence, parties, status):
    (e,) = read(sentence, "CONSULT")
    assert countries(e.participants) == parties and e.status == status


# refusing to attend talks or boycotting a summit refuses to meet (REJECT), an act even with no party named; the host
# or the party named after 'with' receives it
@pytest.mark.parametrize("sentence, actor, recipient", [
    ("Sudan's army refused to attend the talks in Geneva.", "SDN", None),
    ("Israel boycotted the conference in Geneva.", "ISR", None),
    ("Kenya boycotted the summit hosted by Uganda.", "KEN", "UGA"),
    ("Mali refused to attend talks with Algeria.", "MLI", "DZA"),
    ("Iran declined to participate in the conference with the United States.", "IRN", "USA"),
])
def test_refusing_to_attend_or_boycotting_talks_is_a_rejection(sentence, actor, recipient):
    (e,) = read(sentence, "REJECT")
    assert countries(e.participants) == {actor}
    assert countries(e.recipients) == ({recipient} if recipient else set())


def test_a_planned_boycott_of_talks_is_a_planned_rejection():
    (e,) = read("Venezuela will boycott the talks hosted by Barbados.", "REJECT")
    assert countries(e.recipients) == {"BRB"} and e.status == PLAN


# suspending, severing or cutting off contact or its channels reduces relations (SANCTION discontinue)
@pytest.mark.parametrize("sentence, actor, recipient", [
    ("Pakistan suspended all contact with India.", "PAK", "IND"),
    ("Mali severed contact with France on Monday.", "MLI", "FRA"),
    ("North Korea cut off all communication lines with the South.", "PRK", "KOR"),
    ("Ecuador broke off contacts with Mexico after the raid.", "ECU", "MEX"),
])
def test_suspending_or_severing_contact_is_a_sanction(sentence, actor, recipient):
    (e,) = read(sentence, "SANCTION")
    assert countries(e.participants) == {actor} and countries(e.recipients) == {recipient} and e.mode == "discontinue"


# a drone fired or launched at a target is an attack (ASSAULT drone), its target's state (or a ship's flag) receiving;
# a launched drone attack is that attack alone, not a show of force too
@pytest.mark.parametrize("sentence, actor, recipient", [
    ("Houthi rebels launched drones at Israel.", "YEM", "ISR"),
    ("Russia fired a drone at a Greek-flagged cargo ship.", "RUS", "GRC"),
    ("Iran launched a drone at a tanker in the Gulf.", "IRN", None),
])
def test_drones_launched_at_a_target_are_a_drone_assault(sentence, actor, recipient):
    (e,) = read(sentence, "ASSAULT")
    assert countries(e.participants) == {actor} and e.mode == "drone"
    assert countries(e.recipients) == ({recipient} if recipient else set())
    assert read(sentence, "MOBILIZE") == []


@pytest.mark.parametrize("sentence", [
    "Russia launched a missile attack on Ukraine.",
    "Houthi rebels launched a drone attack on a Liberian-flagged ship.",
    "Russia launched drone strikes on Kyiv.",
])
def test_a_launched_attack_is_no_show_of_force(sentence):
    assert read(sentence, "MOBILIZE") == [] and len(read(sentence, "ASSAULT")) == 1


# a country name that is also a given name or a US state, right after a verb of address, is the state addressed
@pytest.mark.parametrize("sentence, ptype, actor, recipient", [
    ("The European Union urged Georgia to reverse its law.", "REQUEST", "EUR", "GEO"),
    ("The European Union urged Jordan to open the border.", "REQUEST", "EUR", "JOR"),
    ("Egypt condemned Chad over the raid.", "ACCUSE", "EGY", "TCD"),
    ("France criticized Georgia over the law.", "ACCUSE", "FRA", "GEO"),
])
def test_an_addressed_country_that_is_also_a_name_receives(sentence, ptype, actor, recipient):
    (e,) = read(sentence, ptype)
    assert countries(e.participants) == {actor} and countries(e.recipients) == {recipient}


@pytest.mark.parametrize("sentence, ptype", [
    ("The European Union urged the government to reverse its law.", "REQUEST"),
    ("The United Nations asked the authorities to free the journalists.", "REQUEST"),
])
def test_an_international_body_has_no_domestic_side(sentence, ptype):
    assert all(not countries(e.recipients) & {"EUR", "UNO", "IGO"} for e in read(sentence, ptype))


# sanctions named after a name that is the object of a judging verb ('criticized EU sanctions') are a noun the name owns:
# the owner imposes them, the judge does not
@pytest.mark.parametrize("sentence, owner, target", [
    ("Russia criticized EU sanctions against Belarus.", "EUR", "BLR"),
    ("China condemned US sanctions on Iran.", "USA", "IRN"),
    ("Venezuela denounced Canadian sanctions on its officials.", "CAN", None),
])
def test_judged_sanctions_are_their_owners(sentence, owner, target):
    found = read(sentence, "SANCTION")
    assert all(countries(e.participants) == {owner} for e in found)
    if target:
        (e,) = found
        assert countries(e.recipients) == {target}


# mobilizing backing rather than forces rallies support (SUPPORT), no military move; reservists are forces
@pytest.mark.parametrize("sentence, actor, recipient", [
    ("Turkey mobilised international support for Azerbaijan.", "TUR", "AZE"),
    ("Qatar mobilized diplomatic support for the Palestinians.", "QAT", "PSE"),
])
def test_mobilizing_support_is_support_not_a_military_move(sentence, actor, recipient):
    (e,) = read(sentence, "SUPPORT")
    assert countries(e.participants) == {actor} and countries(e.recipients) == {recipient}
    assert read(sentence, "MOBILIZE") == []


def test_mobilizing_reservists_stays_a_military_move():
    (e,) = read("Armenia mobilized its reservists on Monday.", "MOBILIZE")
    assert countries(e.participants) == {"ARM"} and e.mode == "troops"


# going back on a commitment or deal refuses it (REJECT), the other party receiving; the commitment is no AGREE
@pytest.mark.parametrize("sentence, actor, recipient", [
    ("Ethiopia went back on its agreement with Egypt.", "ETH", "EGY"),
    ("Colombia reneged on its pledge to Venezuela.", "COL", "VEN"),
    ("Nepal backtracked on the deal with India.", "NPL", "IND"),
])
def test_going_back_on_a_commitment_is_a_rejection(sentence, actor, recipient):
    (e,) = read(sentence, "REJECT")
    assert countries(e.participants) == {actor} and countries(e.recipients) == {recipient}
    assert read(sentence, "AGREE") == []


def test_the_owner_of_sanctions_a_body_imposes_unjudged_is_the_body():
    (e,) = read("The European Union froze the assets of five Belarusian officials.", "SANCTION")
    assert countries(e.participants) == {"EUR"} and countries(e.recipients) == {"BLR"}


# an attack word in the subject of a verb of harm: the people harmed receive it and never attack; with no attacker
# named, the state of the place attacks (a foreign victim's attack abroad, or a domestic attack)
@pytest.mark.parametrize("sentence, actor, recipient", [
    ("A suicide bombing in Mosul on Friday killed two American contractors.", "IRQ", "USA"),
    ("A roadside bomb in Kandahar killed two British soldiers.", "AFG", "GBR"),
    ("Russian missile strikes killed five Ukrainian civilians.", "RUS", "UKR"),
])
def test_the_people_an_attack_harms_receive_it(sentence, actor, recipient):
    (e,) = read(sentence, "ASSAULT")
    assert countries(e.participants) == {actor} and countries(e.recipients) == {recipient}


def test_a_domestic_attack_is_the_place_state_s():  # doerless49: no doer named, none acts; the place's state receives
    (e,) = read("A car bomb killed three Somali soldiers in Mogadishu.", "ASSAULT")
    assert countries(e.participants) == set() and countries(e.recipients) == {"SOM"}


# a number of people heading a subject alone ("Thousands marched") is people protesting, of the place's state
@pytest.mark.parametrize("sentence, actor", [
    ("Thousands marched in Dhaka on Sunday.", "BGD"),
    ("Hundreds rallied in Nairobi against the tax bill.", "KEN"),
    ("Tens of thousands rallied in Tbilisi on Monday.", "GEO"),
])
def test_a_crowd_named_by_its_number_protests(sentence, actor):
    (e,) = read(sentence, "PROTEST")
    assert countries(e.participants) == {actor} and e.mode == "demo"
