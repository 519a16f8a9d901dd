"""English acts a reader would not record (precision49): words that look like an act and state none.

1. a verb after 'or' / 'nor' that a negation before the series' first verb covers ('did not condemn or sanction X',
   'neither backed nor supported'): denied like the first (act_series.negated_series); after 'and' it keeps its
   own polarity;
2. an entry's object preposition followed by a date word is a time phrase, not the target the preposition asks for
   ('war games off X on Friday': no war on anyone; act_window.dated_preposition);
3. a deed a drill only plays out, the object of a verb of rehearsal ('an exercise that simulated strikes on ports',
   'rehearsed an attack on X'): no strike, no side struck (act_drills.rehearsed_deeds);
4. a planned deployment whose object ends its clause ('had decided to dispatch 2,000 soldiers.'): the move announced,
   MOBILIZE planned, no threat against nobody (act_destinations.destined); forces posted near a side still threaten it;
5. a tally in the perfect ('has staged several drills since X took office'): acts over a stretch, none of the day
   (act_background.tallied_since); the perfect without 'since' reports the day's act;
6. a judged deed's owner before coordinated modifiers ("condemned X's drone and missile attack": X attacks, not the
   judge; act_window.owned_modifiers), and a definite deed noun with no owner ('called the attack unacceptable', 'as
   the attack unfolded'): the attack the story told, by its doer (act_definite, pipeline act_actor_defaults.referred_deed);
7. incoming munitions shot down or intercepted: air defence, no attack (act_interceptions); an aircraft shot down is;
8. the 'between A and B' phrase of a passive's subject ('An agreement between A and B was signed'): both make the
   accord (clauses.passive_between_party), with no date after the verb for a noun entry's object to lean on;
9. a preposition ending a compound preposition ('in response to', 'according to') opens no object of the act word
   before it (act_window.compound_preposition): 'suspended an agreement in response to X' is no accord.

Each row is a sentence we wrote (none from the shared eval sets or the held-out batches): the type, the acting and
receiving states, the status (None: no such event). The Korean rows of the same classes are in
tests/lang/ko/test_act_false_acts.py."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, class_rows

OCC = "occurred"
DAY = date(2025, 10, 8)


def read(sentence: str):
    return extract_text(sentence, published=DAY).events


# 6. the judged deed is its owner's; 'the attack' is the one the story told
@pytest.mark.parametrize("sentence, type_, actors, recipients, status", [
    ("Peru condemned Chile's air and naval attack on Bolivia.", "ASSAULT", {"CHL"}, {"BOL"}, OCC),
    ("Egypt denounced Ethiopia's drone and artillery strikes on Eritrea.", "ASSAULT", {"ETH"}, {"ERI"}, OCC),
])
def test_a_judged_deed_is_its_owners(sentence, type_, actors, recipients, status):
    assert_act(read(sentence), type_, actors, recipients, status)
    assert all(not ({"PER", "EGY"} & {p.country for p in e.participants}) for e in read(sentence)
               if e.type == "ASSAULT")


@pytest.mark.parametrize("sentence", [
    "Ethiopia fired rockets at Eritrea on Saturday. Kenya's foreign minister called the attack unacceptable.",
    "Ethiopia fired rockets at Eritrea on Saturday. The Kenyan president spoke to the Ugandan leader as the attack "
    "unfolded.",
])
def test_the_attack_refers_back_to_the_attack_told(sentence):
    assaults = [e for e in read(sentence) if e.type == "ASSAULT"]
    assert [{p.country for p in e.participants} for e in assaults] == [{"ETH"}]


# 8. a passive accord 'between A and B' is both sides'
@pytest.mark.parametrize("sentence, parties", [
    ("A trade agreement between Kenya and Uganda was signed.", {"KEN", "UGA"}),
    ("A border deal between Peru and Ecuador was concluded on Monday.", {"PER", "ECU"}),
])
def test_a_passive_accord_between_two_states_is_theirs(sentence, parties):
    found = [e for e in read(sentence) if e.type == "AGREE"]
    assert found and {p.country for p in found[0].participants} == parties and not found[0].recipients


CLASSES = {
    # 1. a negated 'or' / 'nor' series denies each verb; 'and' or no negation states each
    "a_negated_or_series_denies_every_verb": [
        ("Ghana did not condemn or sanction Togo.", "SANCTION", set(), None, None),
        ("Ghana did not condemn or sanction Togo.", "ACCUSE", set(), None, None),
        ("Nepal neither backed nor supported the Indian proposal.", "SUPPORT", set(), None, None),
        ("Oman has never criticized or condemned the Yemeni rebels.", "ACCUSE", set(), None, None),
        ("Ghana did not condemn Togo and sanctioned Benin.", "SANCTION", {"GHA"}, {"BEN"}, OCC),
        ("Ghana condemned or sanctioned Togo.", "SANCTION", {"GHA"}, {"TGO"}, OCC),
    ],
    # 2. a bare object preposition before a date word dates the act, it names no target
    "a_preposition_before_a_date_is_no_target": [
        ("Venezuela's navy held war games off Guyana on Friday.", "ASSAULT", set(), None, None),
        ("Venezuela's navy held war games off Guyana on Friday.", "MOBILIZE", {"VEN"}, None, OCC),
        ("Ethiopia declared war on Eritrea on Sunday.", "ASSAULT", {"ETH"}, {"ERI"}, OCC),
        ("Ethiopia waged war on Eritrea in March.", "ASSAULT", {"ETH"}, {"ERI"}, OCC),
    ],
    # 3. a rehearsed deed is the drill's scenario; the same deed done, or done after the drill, is an act
    "a_rehearsed_deed_is_no_act": [
        ("Venezuela held an exercise that simulated strikes on Guyanese oil platforms.", "ASSAULT", set(), None, None),
        ("The Venezuelan drills simulated a naval blockade and strikes on Guyanese ports.",
         "ASSAULT", set(), None, None),
        ("The Venezuelan drills simulated a blockade of Guyana and strikes on its ports.", "COERCE", set(), None, None),
        ("The Venezuelan navy rehearsed an attack on Guyanese oil platforms.", "ASSAULT", set(), None, None),
        ("Venezuela launched strikes on Guyanese oil platforms.", "ASSAULT", {"VEN"}, {"GUY"}, OCC),
        ("The drill simulated an invasion and Venezuela struck Guyanese ports.", "ASSAULT", {"VEN"}, {"GUY"}, OCC),
    ],
    # 4. a planned deployment facing no one is the move; one posted near a side threatens it
    "a_planned_deployment_facing_no_one_is_the_move": [
        ("Chad had decided to dispatch about 2,000 soldiers.", "MOBILIZE", {"TCD"}, set(), "planned"),
        ("Chad had decided to dispatch about 2,000 soldiers.", "THREATEN", set(), None, None),
        ("Chad will send 2,000 more troops, officials said.", "MOBILIZE", {"TCD"}, set(), "planned"),
        ("Chad decided to deploy additional troops near the border with Sudan.",  # future53: a plan, facing Sudan
         "MOBILIZE", {"TCD"}, {"SDN"}, "planned"),
        ("Chad will mobilize its army against Sudan.", "THREATEN", {"TCD"}, {"SDN"}, "planned"),
    ],
    # 5. a tally over a stretch is background; the day's act in the perfect is an act
    "a_tally_since_a_time_is_background": [
        ("Venezuela has staged several naval drills since the Guyanese president took office.", "MOBILIZE", set(), None,
         None),
        ("Ethiopia has launched numerous air strikes on Tigray since January.", "ASSAULT", set(), None, None),
        ("Venezuela has staged a naval drill off Guyana since Monday.", "MOBILIZE", {"VEN"}, None, OCC),
        ("Iran has fired several missiles into the Gulf.", "MOBILIZE", {"IRN"}, None, OCC),
    ],
    # 7. munitions shot down are air defence; an aircraft shot down is an attack
    "munitions_shot_down_are_no_attack": [
        ("Nearly all of the rockets were shot down by Eritrea.", "ASSAULT", set(), None, None),
        ("Eritrea intercepted most of the Ethiopian missiles.", "COERCE", set(), None, None),
        ("Eritrea shot down two rockets over Asmara.", "ASSAULT", set(), None, None),
        ("Eritrea shot down an Ethiopian fighter jet.", "ASSAULT", {"ERI"}, {"ETH"}, OCC),
    ],
    # 9. 'in response to' is an adverbial, not the object of an accord noun
    "a_compound_preposition_opens_no_object": [
        ("Ghana suspended a 2015 border agreement in response to repeated incursions by Togo.",
         "AGREE", set(), None, None),
        ("Ghana reached an agreement with Togo in response to the crisis.", "AGREE", {"GHA", "TGO"}, None, OCC),
        ("Ghana sent aid to Togo according to officials.", "AID", {"GHA"}, {"TGO"}, OCC),
    ],
}


@pytest.mark.parametrize("sentence, type_, actors, recipients, status", class_rows(CLASSES))
def test_the_act_is_read_as_its_row_states(sentence, type_, actors, recipients, status):
    assert_act(read(sentence), type_, actors, recipients, status)
