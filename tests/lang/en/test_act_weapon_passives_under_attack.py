"""English acts: passives with a weapon agent, 'under attack from', recurring perfects, appeals to both.

1. a verb whose lexicon gives force only with an object ('hit', 'target') is that force in a passive whose 'by' phrase
   names a weapon ('was hit by a Saudi missile'): ASSAULT by the weapon's owner on the subject's state; a weapon noun
   of force inside that phrase ('artillery fire') is its instrument, no second act (act_weapon_agents;
   cue weapon_agent_nouns);
2. 'X came under attack/fire from Y': Y attacks X, not the reverse; 'under fire' from no one armed is criticism
   (act_weapon_agents.under_attack; entry 'under fire'; cues under_attack_sources, armed_agent_nouns);
3. a perfect act followed in its clause by recurrence ('have clashed repeatedly', 'every year', 'since 2015',
   'for decades') is a habit told as background, no act of the day (act_background.recurring_after);
4. the pair a third party appeals to after a dispute ('urged both governments') is the dispute's two sides, not the
   states last named together (en.yaml appealed_pair_re, pipeline/act_side_items.adversary_items); what comes 'from' a
   capital ('protests from Kigali and Kinshasa') is its government's (countries.SOURCED_BEFORE_RE).

Formerly tests/lang/test_en_act_news22.py; classes first read as "English act classes read by the en22 session, one
table per class, each with sentences of our own across regions (none from the shared eval sets, the seeds, the
PLOVER gold or the lead's article batches)" (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, class_rows, countries, events_of

OCC = "occurred"
DAY = date(2026, 9, 9)


def read(text: str):
    return events_of(extract_text(text, published=DAY))


# 1. passive force with a weapon agent
@pytest.mark.parametrize("text, actor, recipient", [
    ("A power station in Yemen was hit by a Saudi missile on Monday, local officials said.", "SAU", "YEM"),
    ("An Indian army post in Kashmir was targeted by Pakistani mortars overnight.", "PAK", "IND"),
    ("A Colombian border town was hit by Venezuelan artillery fire on Friday.", "VEN", "COL"),
    ("A school in Sumy was targeted by Russian drones on Sunday.", "RUS", "UKR"),
])
def test_passive_with_weapon_agent_is_assault(text, actor, recipient):
    events = read(text)
    assert_act(events, "ASSAULT", {actor}, {recipient}, OCC)
    assert len([e for e in events if e.type == "ASSAULT"]) == 1  # the weapon noun is no second attack


@pytest.mark.parametrize("text", [
    "A fishing boat off Peru was hit by a storm on Monday.",  # no weapon: no force
    "Chile's copper exports were hit by new tariffs on Monday.",  # a measure, no weapon
    "The Yemeni port was not hit by the Saudi missile, the coalition said on Monday.",  # negated
])
def test_passive_without_weapon_or_negated_is_no_assault(text):
    assert not [e for e in read(text) if e.type == "ASSAULT"]


def test_under_fire_from_critics_is_criticism():
    events = read("The Peruvian president came under fire from Chilean lawmakers over the port deal on Monday.")
    assert_act(events, "ACCUSE", {"CHL"}, {"PER"}, OCC)
    assert not [e for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Malian troops came under attack near the border on Tuesday, the army said.",  # no attacker named
    "The deal came under fire on Monday.",  # ambiguous, no one named
])
def test_under_attack_with_no_attacker_names_no_attacker(text):
    for e in read(text):
        if e.type == "ASSAULT":
            assert "MLI" not in countries(e.participants)


# 3. habits told as background
@pytest.mark.parametrize("text, type_", [
    ("India and Pakistan have exchanged fire repeatedly along the frontier.", "ASSAULT"),
    ("Colombia and Venezuela have held joint border patrols every year since 2016.", "COOPERATE"),
    ("Rwanda and Uganda have traded accusations for decades over rebel groups.", "ACCUSE"),
    ("Egypt and Sudan have clashed time and again over the border triangle.", "ASSAULT"),
])
def test_recurring_perfect_is_background(text, type_):
    assert not [e for e in read(text) if e.type == type_ and e.status == OCC and not e.generic]


@pytest.mark.parametrize("text, type_, actors", [
    ("India and Pakistan exchanged fire along the frontier on Monday.", "ASSAULT", {"IND", "PAK"}),
    ("Colombia has held joint border patrols with Venezuela since Monday.", "COOPERATE", {"COL"}),
])
def test_dated_act_is_no_habit(text, type_, actors):
    found = [e for e in read(text) if e.type == type_]
    assert found and actors <= countries(found[0].participants) | countries(found[0].recipients)


def test_both_countries_after_a_meeting_stays_the_meeting():
    events = read("Chile and Peru signed a trade accord on Monday. Brazil urged both countries to ratify it quickly.")
    found = [e for e in events if e.type == "REQUEST"]
    assert found and countries(found[0].recipients) == {"CHL", "PER"}


def test_travel_from_a_capital_is_a_place():
    assert not [e for e in read("The Serbian minister flew in from Zagreb on Tuesday.") if "HRV" in
                countries(e.participants) | countries(e.recipients)]


# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode
# (None: not checked)): tests.conftest.assert_act
ACTS = {
    # 2. came under attack / fire from
    "under_attack_from_reverses_sides": [
        ("A Malian army convoy came under attack from Nigerien militants on Tuesday.",
         "ASSAULT", {"NER"}, {"MLI"}, OCC, None),
        ("Indian troops came under fire from Pakistani soldiers along the Line of Control on Wednesday.",
         "ASSAULT", {"PAK"}, {"IND"}, OCC, None),
        ("A Saudi oil terminal came under attack from Yemeni drones on Saturday.",
         "ASSAULT", {"YEM"}, {"SAU"}, OCC, None),
    ],
    # 4. the pair appealed to; protests from capitals
    "appeal_to_both_is_to_the_disputes_sides": [
        ("Rwanda accused Congo of backing rebels on Monday. Kenya and Tanzania expressed support for Rwanda. The "
         "African Union urged both governments to return to talks.", "REQUEST", {"IGO"}, {"RWA", "COD"}, OCC, None),
        ("Guyana accused Venezuela of violating its airspace on Tuesday. Brazil and Colombia voiced concern. The "
         "United Nations called on both sides to show restraint.", "REQUEST", {"UNO"}, {"GUY", "VEN"}, OCC, None),
    ],
    "protests_from_capitals_are_their_governments": [
        ("Ethiopia pressed ahead with the dam on Monday, brushing aside protests from Cairo and Khartoum.",
         "REJECT", {"ETH"}, {"EGY", "SDN"}, OCC, None),
        ("Serbia dismissed criticism from Zagreb on Tuesday.", "REJECT", {"SRB"}, {"HRV"}, OCC, None),
    ],
    # 5. a dateline naming two cities joined by a slash is one dateline, not the sentence's opening words
    "slash_dateline": [
        ("CAIRO/AMMAN, March 4 (Reuters) - Egypt said on Wednesday that the canal survey was routine, brushing aside "
         "protests from Khartoum and Addis Ababa.", "REJECT", {"EGY"}, {"SDN", "ETH"}, OCC, None),
        ("LIMA/QUITO, May 2 (AP) -- Peru accused Ecuador on Tuesday of violating its airspace.",
         "ACCUSE", {"PER"}, {"ECU"}, OCC, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ACTS))
def test_the_act_is_read_with_its_sides(sentence, kind, actors, recipients, status, mode):
    assert_act(read(sentence), kind, actors, recipients, status, mode)


# 6. what a request asks to stop, quoted or not, is no act of the day; a quoted pledge complement is the pledge's
@pytest.mark.parametrize("text, asker, asked, content", [
    ('Greece urged Turkey on Monday to "stop arming the militias".', "GRC", "TUR", "AID"),
    ("Chad called on Sudan on Friday to stop shelling border villages.", "TCD", "SDN", "ASSAULT"),
    ("Norway urged Russia on Tuesday to cease jamming GPS signals over its airspace.", "NOR", "RUS", None),
])
def test_asked_to_stop_is_content(text, asker, asked, content):
    events = read(text)
    assert_act(events, "REQUEST", {asker}, {asked}, OCC)
    if content:
        assert not [e for e in events if e.type == content]


def test_quoted_pledge_complement_governs_its_words():
    events = read('Iran vowed on Monday to "respond firmly" to any Israeli attack.')
    assert not [e for e in events if e.type == "ASSAULT"]


def test_stopped_act_without_request_is_read_elsewhere():
    # no 'to' before the verb of stopping: not a request's content, the rule stays out of it
    events = read("Chad said on Friday that Sudan had stopped shelling border villages.")
    assert not [e for e in events if e.type == "REQUEST"]


# 7. a participle after a reported that-clause is the reporter's act, dated by the frame, not by the content's days
@pytest.mark.parametrize("text, type_, day", [
    ("Egypt said on Tuesday that a canal survey near Sudan a day earlier had been routine, brushing aside protests "
     "from Khartoum.", "REJECT", date(2026, 9, 8)),
    ("Chile said on Monday that the naval drill on Saturday was lawful, rejecting a protest from Argentina.",
     "REJECT", date(2026, 9, 7)),
])
def test_participle_after_reported_content_takes_the_frames_day(text, type_, day):
    found = [e for e in read(text) if e.type == type_]
    assert found and found[0].date == day


def test_participle_without_reported_content_keeps_its_own_day():
    found = [e for e in read("Chile on Monday rejected a protest from Argentina, citing a drill on Saturday.")
             if e.type == "REJECT"]
    assert found and found[0].date == date(2026, 9, 7)
