"""English acts: participial asides, appeals to all parties, means inside a charge, sums pledged.

1. a participial aside between a subject and its verb ("X's minister, asked about the clash at a briefing, called
   on ...", "X's president, speaking at a rally, urged ...") is skipped like a relative clause: the owner before it
   still names the acting side, and an act word inside it is no main predicate (en.yaml clause aside_re;
   clauses.aside_spans, clauses.without_asides);
2. an appeal to everyone involved ('called on all parties to', 'urged all the sides concerned to') is made though
   it names no state: it stands with no recipient, even after a conflict the news reports (restraint35; 'both sides'
   still asks the two sides) (act_open_appeals; cues open_addressee_openers, open_addressee_heads); a bare 'urged
   restraint' stays no event;
3. a quoted infinitive after 'called on X to' ('to "exercise restraint"') is still what is asked: a request, no
   courtesy call (act_context.courtesy_call, past_open_quote; en.yaml meeting_trigger_re);
4. the means named inside an accusation ('accused X of ... by sending troops and shells', 'condemned it, saying X
   had ... by supplying arms') are part of the charge: no MOBILIZE, AID or ASSAULT of their own (act_charges; cue
   charge_prepositions); the accuser's own next verb ('and responded by sending troops') is still its act;
5. a sum pledged or agreed to be given ('pledged $10 million for ...', 'agreed to give X $20 million', 'pledged to
   provide X with $5 million') is the grant made: AID, occurred, and no one-sided AGREE besides it (act_granted; cues
   grant_pledges, sum_words; entries pledge/provide + sum);
6. 'the North' / 'the South' followed by another capitalized word is a longer name ('the North American market',
   'the North Atlantic', 'the South China Sea'), not the peninsula's state (countries.find_countries,
   COMPASS_FORM_RE, LONGER_NAME_RE); 'the North Korean army' and a bare 'the North' stay North Korea;
7. disapproval stated as a feeling, quoted or not, with no object ('expressed "deep disappointment and regret"')
   answers the acts just reported, as 'condemned the move' does (act_feelings; cues feeling_objects; a short quote
   after a verb of feeling is its object: act_window.short_quote, cue feeling_verbs);
8. a meeting asked for with a perfect verb of asking ('have requested an urgent meeting of the council') is no
   meeting held: the auxiliary is no light verb of holding (en.yaml clause light_verb_before_re).

Formerly tests/lang/test_en_act_news23.py; classes first read as "English act classes read by the en23 session, one
table per class, each with sentences of our own across regions (none from the shared eval sets, the seeds, the
PLOVER gold or the lead's article batches)" (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, class_rows, events_of

OCC = "occurred"
DAY = date(2026, 10, 14)


def read(text: str):
    return events_of(extract_text(text, published=DAY))


def test_participial_aside_planned_appeal_is_planned():
    events = [e for e in read("Kenya's president, asked about the dispute, said he would urge Somalia to withdraw "
                              "its troops.") if e.type == "REQUEST"]
    assert events and all(e.status != OCC for e in events)


def test_appeal_to_all_sides_asks_the_sides_of_a_conflict():
    """request59: the conflict's sides are the appeal's recipients (as the open batches' gold codes them)."""
    events = read("Somalia's army shelled Ethiopian positions near the border on Monday. Kenya called on all sides "
                  "to exercise restraint.")
    asked = [e for e in events if e.type == "REQUEST"]
    assert asked and {p.country for p in asked[0].recipients} == {"SOM", "ETH"}


@pytest.mark.parametrize("text", [
    "Kenya did not call on all parties to exercise restraint.",  # negated
    "Kenya will call on all parties to exercise restraint at the summit next week.",  # planned: no appeal made yet
    "Kenya urged restraint.",  # names no one at all, answers no act: no event (unchanged)
    "All parties in Kenya's parliament backed the budget.",  # no appeal
])
def test_appeal_to_all_parties_negated_planned_or_none(text):
    assert not [e for e in read(text) if e.type == "REQUEST" and e.status == OCC]


# 3. a quoted infinitive after 'called on'
@pytest.mark.parametrize("text, actor, recipient", [
    ('Kenya called on Somalia to "withdraw its troops immediately," the ministry said.', "KEN", "SOM"),
    ("Bolivia called on Paraguay to \u201creopen the border crossing without delay.\u201d", "BOL", "PRY"),
])
def test_quoted_infinitive_after_called_on_is_a_request(text, actor, recipient):
    events = read(text)
    assert_act(events, "REQUEST", {actor}, {recipient}, OCC)
    assert not [e for e in events if e.type == "CONSULT"]  # no courtesy call


def test_called_on_a_person_without_infinitive_stays_no_request():
    assert not [e for e in read("Peru's envoy called on President Boric at La Moneda on Monday.") if e.type == "REQUEST"]


# 4. the means inside a charge
@pytest.mark.parametrize("text, accuser, accused, dropped", [
    ('Mali accused Niger of "fuelling the insurgency" by sending fighters and shells across the border.',
     "MLI", "NER", ("MOBILIZE", "ASSAULT")),
    ("Morocco condemned the rally, saying Algeria had become a patron of the rebels by supplying them with arms.",
     "MAR", "DZA", ("AID",)),
    ("Colombia accused Venezuela of destabilising the region by deploying troops along the Arauca river.",
     "COL", "VEN", ("MOBILIZE",)),
])
def test_means_inside_a_charge_are_no_acts(text, accuser, accused, dropped):
    events = read(text)
    assert_act(events, "ACCUSE", {accuser}, None, OCC)
    assert accused in {p.country for e in events if e.type == "ACCUSE" for p in e.recipients}
    assert not [e for e in events if e.type in dropped], [(e.type, e.trigger) for e in events]


def test_negated_accusation_charges_nothing_and_drops_nothing():
    events = read("Peru did not accuse Bolivia of anything, and later responded by deploying troops to the border.")
    assert not [e for e in events if e.type == "ACCUSE"]


# 5. a sum pledged or agreed to be given
@pytest.mark.parametrize("text, actor, recipient", [
    ("Norway pledged $12 million in flood relief to Pakistan on Monday.", "NOR", "PAK"),
    ("Denmark agreed to give Moldova $30 million to repair its power lines.", "DNK", "MDA"),
    ("Qatar pledged to give Lebanon $50 million for its army.", "QAT", "LBN"),
])
def test_sum_pledged_or_agreed_is_aid(text, actor, recipient):
    events = read(text)
    assert_act(events, "AID", {actor}, {recipient}, OCC)
    assert not [e for e in events if e.type == "AGREE"]  # no one-sided agreement besides the grant


@pytest.mark.parametrize("text", [
    "Denmark did not agree to give Moldova $30 million.",  # negated: no grant
    "Denmark is considering whether to give Moldova more money next year.",  # weighed, no grant
    "Japan pledged $40 billion in investment in Mexico's car industry.",  # a commercial commitment, no aid
])
def test_sum_not_granted_is_no_occurred_aid(text):
    assert not [e for e in read(text) if e.type == "AID" and e.status == OCC]


def test_agreement_to_do_something_else_stays_agree():
    assert_act(read("Denmark and Moldova agreed to hold energy talks in Copenhagen next month."),
               "AGREE", {"DNK", "MDA"}, None, OCC)


# 6. 'the North American ...' is no North Korea
@pytest.mark.parametrize("text", [
    "Canada asked Chile to cut tariffs, saying the duties hurt plants that serve the North American market.",
    "Norway condemned Russian drills in the North Atlantic on Tuesday.",
    "Brazil accused the North American trade bloc of dumping steel on its market.",
])
def test_longer_compass_name_is_no_north_korea(text):
    events = read(text)  # at most the acts of the states named: none of North Korea
    assert not [e for e in events if "PRK" in {p.country for p in e.participants} | {p.country for p in e.recipients}]


@pytest.mark.parametrize("text", [
    "South Korea said the North fired two missiles into the sea on Monday.",
    "Seoul urged the North to return to talks on Tuesday.",
])
def test_the_north_alone_stays_north_korea(text):
    events = read(text)
    assert any("PRK" in {p.country for p in e.participants} | {p.country for p in e.recipients} for e in events)


# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode
# (None: not checked)): tests.conftest.assert_act
ACTS = {
    # 1. a participial aside between the subject and its verb
    "participial_aside_keeps_the_subject": [
        ("Kenya's president, speaking at a rally in Nakuru, called on Somalia to exercise restraint.",
         "REQUEST", {"KEN"}, {"SOM"}, OCC, None),
        ("Chile's foreign minister, asked about the fishing dispute at a briefing, urged Peru to withdraw the decree.",
         "REQUEST", {"CHL"}, {"PER"}, OCC, None),
        ("Vietnam's foreign ministry, responding to a question from reporters, accused China of ramming a fishing "
         "boat.", "ACCUSE", {"VNM"}, {"CHN"}, OCC, None),
    ],
    "participial_aside_negated_or_no_act": [
        # negated: no act, aside or not
        ("Kenya's president, speaking at a rally in Nakuru on Sunday, did not call on Somalia to withdraw.",
         "REQUEST", set(), None, None, None),
        # no act of the state: praise of its own recruits is no request, and the rally in the aside is no protest
        ("Ghana's army chief, speaking at a passing-out parade, thanked the families of the recruits.",
         "REQUEST", set(), None, None, None),
        ("Ghana's army chief, speaking at a rally of veterans, thanked the families of the recruits.",
         "PROTEST", set(), None, None, None),
    ],
    # 2. an appeal to everyone involved
    "appeal_to_all_parties_stands_without_recipient": [
        ("Kenya's Foreign Ministry called on all parties to exercise restraint.", "REQUEST", {"KEN"}, set(), OCC, None),
        ("Norway urged all the parties concerned to return to the negotiating table in Oslo.",
         "REQUEST", {"NOR"}, set(), OCC, None),
        ("Indonesia called on all sides to respect the ceasefire, its foreign ministry said on Tuesday.",
         "REQUEST", {"IDN"}, set(), OCC, None),
    ],
    "means_outside_a_charge_stay_acts": [
        # the accuser's own next act after 'and' + a finite verb
        ("Kenya condemned the raid and responded by sending troops to the border.",
         "MOBILIZE", {"KEN"}, None, OCC, None),
        # no accusation: 'by' + -ing is the actor's own means
        ("Chad responded to the incursion by sending troops to its eastern border.",
         "MOBILIZE", {"TCD"}, None, OCC, None),
    ],
    # 7. a feeling of disapproval with no object answers the acts just reported
    "feeling_of_disapproval_answers_the_reported_act": [
        ("Ecuador expelled Peru's ambassador on Monday. Peru's foreign ministry expressed \"deep disappointment and "
         "regret\" and urged Ecuador to reverse the decision.", "ACCUSE", {"PER"}, {"ECU"}, OCC, None),
        ("Algeria closed its airspace to Moroccan planes on Friday. Morocco voiced strong displeasure.",
         "ACCUSE", {"MAR"}, {"DZA"}, OCC, None),
        ("Fiji's foreign ministry voiced \"grave concern\" over Vanuatu's decision to close its embassy.",
         "ACCUSE", {"FJI"}, {"VUT"}, OCC, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ACTS))
def test_the_act_is_read_with_its_sides(sentence, kind, actors, recipients, status, mode):
    assert_act(read(sentence), kind, actors, recipients, status, mode)


@pytest.mark.parametrize("text", [
    "Ecuador expelled Peru's ambassador on Monday. Peru did not express disappointment.",  # negated
    "Peru's foreign ministry expressed deep disappointment.",  # answers no act: no side to receive it
])
def test_feeling_negated_or_answering_nothing_is_no_accusation(text):
    assert not [e for e in read(text) if e.type == "ACCUSE" and "PER" in {p.country for p in e.participants}]


def test_regret_for_deaths_stays_an_apology():
    assert not [e for e in read("Peru expressed regret for the deaths of the Chilean fishermen.") if e.type == "ACCUSE"]


# 8. a meeting asked for after a perfect auxiliary
@pytest.mark.parametrize("text, actors", [
    ("Peru, Chile and Ecuador have requested an urgent meeting of the Security Council, diplomats said.",
     {"PER", "CHL", "ECU"}),
    ("Ghana has sought an emergency meeting with Togo's foreign minister.", {"GHA"}),
    ("Laos has proposed a meeting with Thailand's prime minister next week.", {"LAO"}),
])
def test_perfect_request_for_a_meeting_is_no_meeting(text, actors):
    events = read(text)
    assert not [e for e in events if e.type == "CONSULT" and e.status == OCC]


@pytest.mark.parametrize("text, parties", [
    ("Peru has held a meeting with Chile's foreign minister in Lima.", {"PER", "CHL"}),
    ("Ghana and Togo have had a productive meeting in Accra.", {"GHA", "TGO"}),
])
def test_perfect_meeting_held_stays_a_meeting(text, parties):
    found = [e for e in read(text) if e.type == "CONSULT" and e.status == OCC]
    assert found and parties <= {p.country for p in found[0].participants}
