"""English acts: cut relations, suspended members, massed and detected forces, hosted talks. Cutting, freezing or
downgrading relations or talks with a state (SANCTION discontinue, the 'with' party receiving); a body suspending a
member (SANCTION expel, active and passive); forces massed or gathered near a border (MOBILIZE, also by a named
armed group); forces detected, tracked or sailing near another state (MOBILIZE by the forces' state); talks hosted
between parties (CONSULT third-party); a condemned attack by a group of the speaker's own state.

Formerly tests/lang/test_en_act_news12.py; classes first read as "English act classes of issues 13 and 15 left by
the en11 session (en12), one test per class, each with sentences of our own across regions" (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import class_rows, countries, events_of

OCC, PLAN = "occurred", "planned"
DAY = date(2025, 3, 4)


def read(sentence: str, ptype: str):
    return events_of(extract_text(sentence, published=DAY), ptype)


# reducing or breaking relations is the manual's SANCTION 'discontinue'; talks or dialogue halted are the crosswalk's
# 164, SANCTION 'withdraw' (modes71); the 'with' party receives it
@pytest.mark.parametrize("sentence, actor, recipient, mode", [
    ("Beijing cut off military talks with Washington on Friday.", "CHN", "USA", "withdraw"),
    ("Mali froze relations with Algeria after the drone incident.", "MLI", "DZA", "discontinue"),
    ("Bolivia downgraded diplomatic ties with Israel.", "BOL", "ISR", "discontinue"),
    # enmodes70: talks called off are a meeting cancelled, REJECT meet (tests/lang/test_meetings_calling_off_verbs.py)
    ("Rwanda cut off all dialogue with Congo on Tuesday.", "RWA", "COD", "withdraw"),
    ("Nicaragua scaled back relations with Taiwan.", "NIC", "TWN", "discontinue"),
])
def test_cutting_relations_or_talks_is_a_sanction_on_the_with_party(sentence, actor, recipient, mode):
    (e,) = read(sentence, "SANCTION")
    assert countries(e.participants) == {actor} and countries(e.recipients) == {recipient}
    assert e.mode == mode and e.status == OCC


# a body suspending a member (the manual's SANCTION 'expel': "temporarily expel an entity from a group"); in the
# passive the body after 'from' acts and the subject receives
@pytest.mark.parametrize("sentence, recipient", [
    ("ECOWAS suspended Niger from the bloc on Friday.", "NER"),
    ("The African Union suspended Gabon from the organization.", "GAB"),
    ("Burkina Faso was suspended from the African Union on Monday.", "BFA"),
    ("Mali was suspended from ECOWAS.", "MLI"),
])
def test_a_body_suspending_a_member_is_a_sanction_on_it(sentence, recipient):
    (e,) = read(sentence, "SANCTION")
    assert countries(e.participants) == {"IGO"} and countries(e.recipients) == {recipient} and e.mode == "expel"


@pytest.mark.parametrize("sentence", [
    "The airline suspended flights from Lagos.",
    "The club suspended the player from two matches.",
])
def test_suspending_something_from_is_no_sanction_on_a_state(sentence):
    assert read(sentence, "SANCTION") == []


# forces massed or gathered near a border are mobilized (MOBILIZE troops), by a state or a named armed group
@pytest.mark.parametrize("sentence, actor", [
    ("Hezbollah fighters massed near the border on Sunday.", "LBN"),
    ("Russia amassed troops near the Ukrainian border.", "RUS"),
    ("Venezuela gathered troops near the border with Guyana.", "VEN"),
    ("Ethiopian troops massed along the frontier with Eritrea.", "ETH"),
])
def test_massed_forces_are_mobilized(sentence, actor):
    (e,) = read(sentence, "MOBILIZE")
    assert countries(e.participants) == {actor} and e.mode == "troops" and e.status == OCC


# forces detected, spotted or tracked by another state are the forces' state's MOBILIZE (the manual: forces moved or
# shown); the observer, before the verb, receives it
@pytest.mark.parametrize("sentence, actor, recipient", [
    ("Taiwan's defence ministry said it detected 24 Chinese military aircraft around the island on Friday.", "CHN", "TWN"),
    ("Japan said it had spotted four Russian warships off Hokkaido.", "RUS", "JPN"),
    ("The Philippine coast guard tracked six Chinese vessels near the reef.", "CHN", "PHL"),
    ("Lithuanian radar detected a Belarusian helicopter near the border.", "BLR", "LTU"),
])
def test_forces_an_observer_detected_are_their_states_mobilization(sentence, actor, recipient):
    (e,) = read(sentence, "MOBILIZE")
    assert countries(e.participants) == {actor} and countries(e.recipients) == {recipient}
    assert e.mode == "weapons" and e.status == OCC


# forces moving through a strait or into a zone: an act of their state only when forces are the subject
@pytest.mark.parametrize("sentence, actor, recipient", [
    ("A British destroyer sailed through the Taiwan Strait on Sunday.", "GBR", None),
    ("Two Russian bombers entered South Korea's air defense identification zone.", "RUS", "KOR"),
    ("Chinese warships on Monday entered Japan's territorial waters.", "CHN", "JPN"),
])
def test_forces_moving_into_a_zone_or_through_a_strait_are_mobilized(sentence, actor, recipient):
    (e,) = read(sentence, "MOBILIZE")
    assert countries(e.participants) == {actor}
    assert countries(e.recipients) == ({recipient} if recipient else set())


NO_MOVE = {
    "crowds_massing_are_not_mobilized": [
        "Peruvian protesters massed outside parliament on Monday.",
        "Crowds gathered in the Kenyan capital.",
        "Mass protests swept Serbia on Sunday.",
    ],
    "no_forces_or_none_detected_is_no_mobilization": [
        "A Panamanian tanker sailed through the Strait of Hormuz on Sunday.",
        "A Vietnamese fishing boat entered Chinese waters.",
        "Taiwan did not detect any Chinese aircraft on Sunday.",
        "Kenyan officials said they detected no Somali troops near the border.",
    ],
}


@pytest.mark.parametrize("sentence", class_rows(NO_MOVE))
def test_no_show_of_force_is_read(sentence):
    assert read(sentence, "MOBILIZE") == []


# a condemned attack by a group of the condemner's own state: the group did the attack (its sector), and receives the
# condemnation as that part of the state (pipeline/act_recipients_own_side.own_state_group through `judged_agent`)
@pytest.mark.parametrize("sentence, state, group_sector", [
    ("The Colombian government condemned an attack by the ELN on Tuesday.", "COL", "REB"),
    ("Nigeria's government condemned an attack by Boko Haram in Borno.", "NGA", "REB"),
    ("The Sudanese army condemned an attack by the Rapid Support Forces on El Fasher.", "SDN", "REB"),
])
def test_a_condemned_attack_by_an_own_group_is_that_groups(sentence, state, group_sector):
    (accuse,) = read(sentence, "ACCUSE")
    (attack,) = read(sentence, "ASSAULT")
    assert countries(accuse.recipients) == {state} and accuse.recipients[0].sector == group_sector
    assert countries(attack.participants) == {state} and attack.participants[0].sector == group_sector


def test_a_condemned_attack_by_another_state_stays_that_states():
    sentence = "Peru condemned an attack by Ecuadorian troops on its border post."
    (accuse,) = read(sentence, "ACCUSE")
    (attack,) = read(sentence, "ASSAULT")
    assert countries(accuse.recipients) == {"ECU"} and countries(attack.participants) == {"ECU"}


# talks a third party hosts between two others: CONSULT mode third-party (the manual: "Meeting is hosted by a third
# party"); all parties stand as its actors (the manual's reading of a meeting without a visitor), status as stated
@pytest.mark.parametrize("sentence, parties, status", [
    ("Saudi Arabia hosted talks between the warring Sudanese factions in Jeddah.", {"SAU", "SDN"}, OCC),
    ("Oman hosted indirect talks between Iran and the United States in Muscat.", {"OMN", "IRN", "USA"}, OCC),
    ("Turkey is hosting talks between Russian and Ukrainian delegations in Istanbul.", {"TUR", "RUS", "UKR"}, OCC),
    ("Kenya will host a new round of talks between Ethiopia and Somalia next week.", {"KEN", "ETH", "SOM"}, PLAN),
    ("Norway brokered talks between Colombia and Venezuela in Oslo.", {"NOR", "COL", "VEN"}, OCC),
])
def test_talks_hosted_between_others_are_a_third_party_meeting(sentence, parties, status):
    (e,) = read(sentence, "CONSULT")
    assert countries(e.participants) == parties and e.mode == "third-party" and e.status == status


def test_a_host_receiving_a_guest_is_no_third_party_meeting():
    (e,) = read("Kenya hosted the Ugandan president on Monday.", "CONSULT")
    assert e.mode != "third-party" and countries(e.participants) == {"KEN", "UGA"}


# a rejection of something put forward, its owner unnamed in the sentence: the side whose request or offer was
# reported just before receives it (pipeline/act_recipients_told.rejected_proposal); with no such act, the rejecting
# state's act with no receiving side (session 14: an analyst wants 'X rejected the plan' even when no one is named)
@pytest.mark.parametrize("story, actor, recipient", [
    ("Russia demanded that Moldova close the depot. Moldova rejected the demand on Friday.", "MDA", "RUS"),
    ("Chile asked Bolivia to return the border post. Bolivia rejected the request.", "BOL", "CHL"),
    ("Qatar called on Israel to accept a truce. Israel rejected the call on Sunday.", "ISR", "QAT"),
    ("France offered a mediation plan to Algeria. Algeria rejected the plan.", "DZA", "FRA"),
])
def test_a_rejected_proposal_answers_its_owner_named_before(story, actor, recipient):
    (e,) = read(story, "REJECT")
    assert countries(e.participants) == {actor} and countries(e.recipients) == {recipient}


@pytest.mark.parametrize("story", [
    "Peru rejected the proposal.",
    "Heavy rain hit Lima on Monday. Peru rejected the plan.",
])
def test_a_rejected_proposal_with_no_owner_has_no_recipient(story):
    (e,) = read(story, "REJECT")
    assert countries(e.participants) == {"PER"} and not e.recipients
