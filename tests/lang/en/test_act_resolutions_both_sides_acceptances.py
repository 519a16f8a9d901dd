"""English acts: resolutions, the two sides called on, accepted or refused proposals, summoned staff.

1. a body that passes a resolution doing an act ("Peru's parliament passed a resolution condemning X") does that
   act itself, its owner state or body acting (clauses.enacting_verb), and the vote is no AGREE (act_enacted);
2. a group word that counts one party fewer than the meeting just reported ("X held calls with A and B ... the two
   sides agreed") stands for the parties the caller spoke with (pipeline act_side_items.group_meeting_states), and a
   meeting whose parties are states named by office ("Brazil's president met Colombia's president") is the one a
   later "the two sides" refers to (pipeline events.update_meeting);
3. accepting a proposal, request or invitation is AGREE (PLOVER manual, AGREE: "indicate willingness ... to
   cooperate"; CONCEDE is a concession), received by the side that put it forward (act_accepted);
4. a summons of an embassy's staff ("summoned a senior official of the X Embassy", "called in the ambassador")
   accuses the embassy's state (act_summons; lexicon 'call in', summon + official);
5. an act done on an occasion used for it ("used the visit to denounce X") occurred (act_occasions);
6. a crowd gathered outside an embassy to protest protests to its state, from where it gathered
   (act_protest_words.gathered_protests, clauses crowd patterns; pipeline act_actors: never the talks' parties);
   'protest + arrests' is no CAMEO rally of support (deny_patterns);
7. aid decided ("had decided to provide $X in aid") is AID that occurred (act_clause.decided);
8. reservists, marines and warships are armed people nouns: a reported agentless call-up is the reporter's state's;
9. "will respond with full force to any aggression" threatens (lexicon respond + with force);
10. a parenthetical between a verb of saying and its "that" keeps the reported act (act_context.opens_complement);
11. rejecting "any suggestion" or "the assertion" answers the side of the acts just reported (answered_acts).

Formerly tests/lang/test_en_act_news20.py; classes first read as "English act classes of the en20 session, one table
per class, each with sentences of our own across regions (none from the shared eval sets, the seeds, the PLOVER gold
or the lead's article batches)" (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, class_rows, countries, events_of

OCC, PLAN = "occurred", "planned"
DAY = date(2026, 9, 9)


def read(text: str):
    return events_of(extract_text(text, published=DAY))


# 1. a body's resolution does its act
@pytest.mark.parametrize("text, typ, actor, recipients", [
    ("Peru's parliament passed a resolution condemning Bolivia's border closure.", "ACCUSE", "PER", {"BOL"}),
    ("Ghana's parliament passed a resolution demanding that Togo release the detained traders.", "REQUEST", "GHA",
     {"TGO"}),
    ("Iceland's parliament unanimously adopted a non-binding resolution calling on Denmark to return the manuscripts.",
     "REQUEST", "ISL", {"DNK"}),
    ("The Mongolian parliament approved a motion urging Kazakhstan to reopen the rail link.", "REQUEST", "MNG",
     {"KAZ"}),
])
def test_a_resolution_does_its_bodys_act(text, typ, actor, recipients):
    events = read(text)
    assert_act(events, typ, {actor}, recipients, OCC)
    assert_act(events, "AGREE", set(), None, None)


def test_a_resolution_not_passed_does_nothing():
    events = read("Ghana's parliament did not pass a resolution condemning Togo.")
    assert not [e for e in events if e.type in ("ACCUSE", "AGREE")], [(e.type, e.status) for e in events]


def test_a_resolution_with_no_act_of_its_own_keeps_its_reading():
    """Only a text followed by its act loses the vote's AGREE: 'adopted a resolution on fisheries' is unchanged."""
    events = read("Chile and Argentina adopted a joint declaration on fisheries in Santiago.")
    assert_act(events, "AGREE", {"CHL", "ARG"}, None, OCC)


# 2. 'the two sides' after a call with each of them
@pytest.mark.parametrize("text, typ, sides", [
    ("Qatar's emir held calls with Iran and Saudi Arabia on Monday. The two sides agreed to resume talks.", "AGREE",
     {"IRN", "SAU"}),
    ("Brazil's president held calls with Colombia and Venezuela; both sides agreed to reopen the border.", "AGREE",
     {"COL", "VEN"}),
])
def test_the_two_sides_are_those_called(text, typ, sides):
    events = read(text)
    found = [e for e in events if e.type == typ]
    assert found and countries(found[0].participants) == sides, [(e.type, countries(e.participants)) for e in events]


def test_the_caller_asks_both_sides():
    events = read("Brazil's president held calls with Colombia and Venezuela on Monday and urged both sides to "
                  "reopen the border.")
    assert_act(events, "REQUEST", {"BRA"}, {"COL", "VEN"}, OCC)


def test_the_two_sides_of_a_meeting_of_offices():
    events = read("Kenya's president met Tanzania's president in Arusha on Friday. The two sides agreed to build a "
                  "new rail link.")
    assert_act(events, "AGREE", {"KEN", "TZA"}, None, OCC)


def test_the_two_sides_of_a_bilateral_meeting_stay_both():
    events = read("Laos and Vietnam held talks in Hanoi on Tuesday. The two sides agreed to expand power trade.")
    assert_act(events, "AGREE", {"LAO", "VNM"}, None, OCC)


def test_a_description_of_both_sides_is_no_act():
    events = read("Qatar's emir held calls with Iran and Saudi Arabia on Monday. The two sides have long been rivals.")
    assert not [e for e in events if e.type == "AGREE"], [(e.type, countries(e.participants)) for e in events]


# 3. accepting a proposal answers its author
@pytest.mark.parametrize("text, actor, recipient", [
    ("Ghana accepted Togo's proposal to hold border talks.", "GHA", "TGO"),
    ("Kenya agreed to the request by Uganda to extend the deadline.", "KEN", "UGA"),
    ("The Latvian president accepted an invitation from Finland to attend the Baltic summit.", "LVA", "FIN"),
    ("Paraguay accepted a proposal from Uruguay to share river data.", "PRY", "URY"),
])
def test_accepting_a_proposal_agrees_with_its_author(text, actor, recipient):
    events = read(text)
    assert_act(events, "AGREE", {actor}, {recipient}, OCC)
    assert_act(events, "CONCEDE", set(), None, None)


def test_refusing_an_invitation_rejects_its_author():
    events = read("Paraguay did not accept Uruguay's invitation.")
    assert_act(events, "REJECT", {"PRY"}, {"URY"}, OCC)
    assert_act(events, "AGREE", set(), None, None)


def test_a_planned_acceptance_is_planned():
    events = read("Paraguay will accept Uruguay's proposal, the foreign minister said.")
    assert_act(events, "AGREE", {"PRY"}, {"URY"}, PLAN)


def test_accepting_responsibility_answers_no_one():
    events = read("Paraguay accepted responsibility for the spill.")
    assert not [e for e in events if e.type == "AGREE" and e.recipients], [(e.type, countries(e.recipients))
                                                                          for e in events]


def test_a_habit_is_no_occasion():
    """'used to denounce' is a habit: no act of the day is read as occurred."""
    events = read("The Chilean president used to denounce Bolivia.")
    assert not [e for e in events if e.type == "ACCUSE" and e.status == OCC]


def test_an_occasion_taken_to_travel_is_no_act():
    assert_act(read("The Chilean president took a plane to visit Peru."), "ACCUSE", set(), None, None)


def test_a_crowd_is_not_the_talks_just_reported():
    events = read("The Greek foreign minister spoke by phone with the EU foreign policy chief on Friday. Several "
                  "hundred people gathered outside the Turkish embassy in Athens to protest.")
    protests = [e for e in events if e.type == "PROTEST"]
    assert protests and countries(protests[0].participants) == {"GRC"}, [(e.type, countries(e.participants))
                                                                         for e in events]


def test_protesting_arrests_supports_no_one():
    """CAMEO's 'protest + arrest' (rally support) is not PLOVER's reading: the protest is against the arrester."""
    events = read("Hundreds of people gathered in Dakar on Sunday to protest against the arrests of opposition "
                  "leaders.")
    assert_act(events, "SUPPORT", set(), None, None)
    assert_act(events, "PROTEST", {"SEN"}, None, OCC)


# 7. aid decided is aid given
@pytest.mark.parametrize("text, actor, recipient", [
    ("Norway's foreign ministry said on Wednesday it had decided to provide $2 million in humanitarian assistance "
     "to flood victims in Pakistan.", "NOR", "PAK"),
    ("Ireland has decided to send medical supplies to Haiti.", "IRL", "HTI"),
])
def test_aid_decided_is_aid_given(text, actor, recipient):
    events = read(text)
    assert_act(events, "AID", {actor}, {recipient}, OCC)
    assert_act(events, "AGREE", set(), None, None)


@pytest.mark.parametrize("text", [
    "Ireland plans to send medical supplies to Haiti.",
    "Ireland will decide next week whether to send medical supplies to Haiti.",
])
def test_aid_planned_stays_a_promise(text):
    assert not [e for e in read(text) if e.type == "AID" and e.status == OCC]


def test_a_decided_sanction_is_not_aid():
    """Only giving is made by its decision: a decided measure stays what the lexicon reads."""
    events = read("Ireland decided to impose sanctions on Haiti's police chief.")
    assert_act(events, "AID", set(), None, None)


def test_forces_not_sent_are_no_mobilization():
    assert_act(read("The Turkish navy said no frigate had been sent to the area."), "MOBILIZE", set(), None, None)


def test_not_responding_with_force_threatens_no_one():
    events = read("Kenya would not respond with force, the foreign minister said.")
    assert_act(events, "THREATEN", set(), None, None)
    assert_act(events, "ASSAULT", set(), None, None)


def test_a_relative_past_perfect_stays_background():
    events = read("Police freed the mayor that rebels had kidnapped in May.")
    assert not [e for e in events if e.type in ("COERCE", "ASSAULT") and e.status == OCC
                and "kidnap" in e.trigger]


# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode
# (None: not checked)): tests.conftest.assert_act
ACTS = {
    # 4. a summons of an embassy's staff protests to the embassy's state
    "a_summons_of_embassy_staff_accuses_its_state": [
        ("Japan's foreign ministry summoned a senior official of the Russian Embassy on Friday.",
         "ACCUSE", {"JPN"}, {"RUS"}, OCC, None),
        ("Poland's foreign ministry called in the Belarusian ambassador on Monday.",
         "ACCUSE", {"POL"}, {"BLR"}, OCC, None),
        ("Norway called in two officials from the Iranian embassy in Oslo over the cyberattack.",
         "ACCUSE", {"NOR"}, {"IRN"}, OCC, None),
    ],
    "a_summons_of_ones_own_staff_or_none_accuses_no_one": [
        ("The Peruvian president summoned security officials to an emergency meeting.",
         "ACCUSE", set(), None, None, None),
        ("The Kenyan police called in reinforcements on Sunday.", "ACCUSE", set(), None, None, None),
        ("Chile did not summon any officials of the Bolivian embassy.", "ACCUSE", set(), None, None, None),
    ],
    # 5. an act done on an occasion used for it
    "an_act_done_on_an_occasion_occurred": [
        ("Kenya's president used the visit to denounce Somalia's border policy.",
         "ACCUSE", {"KEN"}, {"SOM"}, OCC, None),
        ("The Chilean president used a news conference in Lima to criticize Bolivia.",
         "ACCUSE", {"CHL"}, {"BOL"}, OCC, None),
        ("Portugal's prime minister took the opportunity to urge Angola to free the journalists.",
         "REQUEST", {"PRT"}, {"AGO"}, OCC, None),
    ],
    # 6. a crowd gathered outside an embassy protests to its state, where it gathered
    "a_gathering_outside_an_embassy_protests": [
        ("Several hundred people gathered outside the Turkish embassy in Athens on Friday to protest against the "
         "drilling plans.", "PROTEST", {"GRC"}, {"TUR"}, OCC, None),
        ("Hundreds of students gathered outside the Chinese embassy in Manila to protest.",
         "PROTEST", {"PHL"}, {"CHN"}, OCC, None),
    ],
    # 8. forces moved in an agentless passive a state's voice reports: that state moved them
    "forces_moved_in_a_reported_passive": [
        ("Eritrea's information minister confirmed that reservists had been called up this week.",
         "MOBILIZE", {"ERI"}, None, OCC, None),
        ("The Turkish navy said that a frigate had been sent to the eastern Mediterranean.",
         "MOBILIZE", {"TUR"}, None, OCC, None),
        ("Peruvian warships were sent to the southern coast on Monday.", "MOBILIZE", {"PER"}, None, OCC, None),
    ],
    # 9. 'will respond with full force' threatens, and the threat is made when stated (a promised response, lang/en/
    # act_responses: occurred as 'warned it would respond' is); a past response with force is the use of force
    "responding_with_force": [
        ("Kenya will respond with full force to any aggression by Somalia.", "THREATEN", {"KEN"}, {"SOM"}, OCC, None),
        ("Armenia warned it would respond with overwhelming force to any attack by Azerbaijan.",
         "THREATEN", {"ARM"}, {"AZE"}, OCC, None),
        ("Kenyan troops responded with force to the attack by Somali militants.",
         "ASSAULT", {"KEN"}, {"SOM"}, OCC, None),
    ],
    # 10. a parenthetical adverb between a verb of saying and its 'that' still opens what was said
    "a_parenthetical_before_that_keeps_the_reported_act": [
        ("Chad said, however, that it had deployed troops to the border.", "MOBILIZE", {"TCD"}, None, OCC, None),
        ("Bolivia confirmed, though, that it had expelled two Chilean diplomats.",
         "SANCTION", {"BOL"}, None, OCC, None),
    ],
    # 11. rejecting a suggestion or assertion answers the side of the acts just reported
    "rejecting_a_suggestion_answers_the_last_act": [
        ("Latvia detained a Belarusian truck driver on Monday. Belarus rejected any suggestion that the driver had "
         "carried weapons.", "REJECT", {"BLR"}, {"LVA"}, OCC, None),
        ("Ghana expelled two Nigerian traders on Friday. Nigeria dismissed the assertion that they had broken the law.",
         "REJECT", {"NGA"}, {"GHA"}, OCC, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ACTS))
def test_the_act_is_read_with_its_sides(sentence, kind, actors, recipients, status, mode):
    assert_act(read(sentence), kind, actors, recipients, status, mode)


def test_a_suggestion_alone_is_rejected_to_no_one():
    """With no act reported before it, the rejection names no side and stands as no event."""
    assert_act(read("Belarus rejected any suggestion that the driver had carried weapons."), "REJECT", set(), None,
               None)
