"""English acts: scrambled jets, home bodies, joint statements, tenses of relative clauses, conveyed concern.

1. scrambling military aircraft is the scrambling state's MOBILIZE, with no receiving side (en_acts_additions.yaml
   entries: scramble + jets/fighters/aircraft), also as the infinitive of "prompting X to scramble";
2. military aircraft flying somewhere are forces shown, their owners' MOBILIZE, only when forces are the verb's
   subject (entries: fly; cue force_moves), so a minister's flight is no act;
3. a state group word ("both countries") whose own sentence names states before it stands for the last of them
   (pipeline/act_side_items.named_earlier_in_sentence), and an unqualified home body ("the government") opening a
   clause coordinated after ", and", or conveying a noun act ("conveyed grave concern"), is the dateline's state
   (en.yaml home_body_subject_re);
4. a genitive body ("Peru's government") that is the subject of a first verb is the subject of a second verb joined
   by ", and" after a long object (clauses.name_role through coordinated_verb_subject; en.yaml first_verb_of_pair_re
   takes a day phrase before the first verb and a comma before "and");
5. "He" / "She" opening a sentence after a side's reported statement is that side's official, as a bare office is
   (en.yaml continued_person_re, language.continuation);
6. a joint text after a preposition of means ("in a joint statement") carries the sentence's other act and is no
   AGREE of its own (act_vehicles.statement_vehicles; cues vehicle_texts, vehicle_prepositions);
7. a verb of the lexicon in the plain present inside a non-restrictive relative clause (", which together with X
   form the bloc", ", which backs the rebels", ", with which X maintains close ties") describes a standing state, no act of the day
   (act_standing.standing_relatives);
8. conveying one's concerns or displeasure is ACCUSE disapprove, to the side named after "to", else to the offender
   just reported (entries: convey + concerns; act_vehicles.conveyed_disapproval, cue conveying_verbs);
9. a quote that opens the sentence and ends in its comma is a statement, not a short phrase: the names inside are the
   speaker's words (clauses.opening_statement); the participles after its reporting frame ("..., urging X to ... and
   warning that ...") are the speaker's acts, of the dateline's state when the frame names no state
   (act_speakers.participles_after_frame);
10. a same-type statement by other actors to the same recipients in one sentence is a second act
   ('A summoned X's envoy, while B conveyed its concerns to X'; pipeline/acts.answering_side).

Formerly tests/lang/test_en_act_news21.py; classes first read as "English act classes read by the en21 session on
two held-out article batches, one table per class, each with sentences of our own across regions (none from the
shared eval sets, the seeds, the PLOVER gold or the lead's article batches)" (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, class_rows, countries, events_of

OCC, PLAN = "occurred", "planned"
DAY = date(2026, 6, 17)


def read(text: str):
    return events_of(extract_text(text, published=DAY))


def of_type(events, type_: str, actor: str) -> list:
    return [e for e in events if e.type == type_ and actor in countries(e.participants)]


# 1. scrambling jets
@pytest.mark.parametrize("text, actor", [
    ("Norway scrambled F-16 fighter jets on Tuesday after two foreign patrol planes neared its coast.", "NOR"),
    ("The Philippine air force said it had scrambled fighters on Monday.", "PHL"),
    ("A drone was spotted near the border on Monday, prompting Estonia to scramble its own fighter jets.", "EST"),
])
def test_scrambling_jets_is_mobilize(text, actor):
    events = read(text)
    assert_act(events, "MOBILIZE", {actor}, set(), OCC)


@pytest.mark.parametrize("text, actor", [
    ("Norway did not scramble any jets on Tuesday, its air force said.", "NOR"),
    ("Chile's eggs were scrambled for breakfast at the embassy on Tuesday.", "CHL"),
])
def test_no_scramble_no_mobilize(text, actor):
    assert not of_type(read(text), "MOBILIZE", actor)


@pytest.mark.parametrize("text", [
    "The Peruvian foreign minister flew to Quito on Monday.",
    "Thousands of Kenyan tourists flew to Zanzibar for the holiday.",
])
def test_people_flying_is_no_act(text):
    assert not [e for e in read(text) if e.type == "MOBILIZE"]


# 3. 'both countries' in the same sentence; 'the government' in a coordinated clause
@pytest.mark.parametrize("text, actor, recipients", [
    ('HELSINKI, June 16 (AP) -- Finland scrambled jets on Tuesday after Russian and Belarusian bombers flew over '
     'the Baltic, and the government conveyed "grave concern" to both countries through diplomatic channels.',
     "FIN", {"RUS", "BLR"}),
    ("NAIROBI, June 16 (AP) -- Somali and Ethiopian troops massed near the border on Monday, and Kenya urged both "
     "countries to pull back.", "KEN", {"SOM", "ETH"}),
    ("LIMA, June 16 (AP) -- The government expressed serious concern to Bolivia on Tuesday.", "PER", {"BOL"}),
])
def test_group_word_and_home_body_in_one_sentence(text, actor, recipients):
    events = read(text)
    found = [e for e in events if e.type in ("ACCUSE", "REQUEST") and actor in countries(e.participants)]
    assert found, [(e.type, countries(e.participants)) for e in events]
    assert countries(found[0].recipients) == recipients


def test_a_home_body_without_dateline_names_no_state():
    """No dateline, no state: 'the government' alone is not guessed from the other names of the sentence."""
    events = read("Russian bombers flew over the Baltic on Tuesday, and the government conveyed grave concern.")
    assert not [e for e in events if e.type == "ACCUSE"]


def test_planned_recall_after_comma_and_is_no_occurred_sanction():
    events = read("Peru's government on Monday condemned Bolivia, and said it may recall its ambassador from La Paz.")
    assert not [e for e in events if e.type == "SANCTION" and e.status == OCC]


# 5. 'He' after a side's statement
@pytest.mark.parametrize("text, actor, recipient", [
    ("ACCRA, April 14 (AP) - Ghana's interior minister on Tuesday accused Togo of sheltering rebels. He called on "
     "Togolese authorities to hand over two officers.", "GHA", "TGO"),
    ("LIMA, April 14 (AP) - Peru's foreign minister on Tuesday condemned Chile over a border incident. She also urged "
     "Santiago to withdraw the frigates.", "PER", "CHL"),
])
def test_he_or_she_continues_the_side_just_heard(text, actor, recipient):
    events = read(text)
    assert_act(events, "REQUEST", {actor}, {recipient}, OCC)


def test_he_opening_a_story_names_no_side():
    assert not [e for e in read("He called on the authorities to hand over two officers.") if e.type == "REQUEST"]


# 6. a joint text as the vehicle of another act
@pytest.mark.parametrize("text, type_, actors", [
    ("Chad and Cameroon condemned the bombing of a market in Benin in a joint statement on Monday.", "ACCUSE",
     {"TCD", "CMR"}),
    ("Uruguay and Paraguay expressed solidarity with Bolivia through a joint communique on Friday.", "SUPPORT",
     {"URY", "PRY"}),
])
def test_joint_statement_vehicle_is_no_agree(text, type_, actors):
    events = read(text)
    assert [e for e in events if e.type == type_ and actors <= countries(e.participants)]
    assert_act(events, "AGREE", set(), None, None)


def test_issuing_a_joint_declaration_stays_agree():
    assert_act(read("Chad and Cameroon issued a joint declaration on border trade on Monday."), "AGREE",
               {"TCD", "CMR"}, None, OCC)


# 7. a standing state in a non-restrictive relative clause
@pytest.mark.parametrize("text, kept, dropped", [
    ("Chad and Cameroon, which together with Gabon form the Central African bloc, expressed solidarity with Benin "
     "on Monday.", "SUPPORT", "AGREE"),
    ("Iran, which backs the Houthis, rejected the claim by Bahrain on Monday.", "REJECT", "SUPPORT"),
    # a preposition before the pronoun (victims48): the pied-piped relative is as much a standing relation
    ("Ghana, with which Norway maintains close ties, condemned the coup in Niger on Tuesday.", "ACCUSE", "SUPPORT"),
])
def test_present_tense_relative_is_no_act(text, kept, dropped):
    events = read(text)
    assert [e for e in events if e.type == kept]
    assert not [e for e in events if e.type == dropped]


def test_past_tense_relative_keeps_its_act():
    """'who signed the deal on Monday' may tell an act: left to the other readers (the main act stays)."""
    events = read("Iran, which backed the ceasefire on Monday, urged Iraq to sign it.")
    assert_act(events, "REQUEST", {"IRN"}, {"IRQ"}, OCC)


# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode
# (None: not checked)): tests.conftest.assert_act
ACTS = {
    # 2. forces flying
    "forces_flying_are_mobilize": [
        ("Two Iranian drones flew over the Gulf of Oman on Monday.", "MOBILIZE", {"IRN"}, set(), OCC, None),
        ("Turkish and Azerbaijani warplanes flew together over the Caspian Sea on Thursday.",
         "MOBILIZE", {"TUR", "AZE"}, set(), OCC, None),
        ("Indian fighter jets flew near the Line of Control on Friday, the army said.",
         "MOBILIZE", {"IND"}, set(), OCC, None),
    ],
    # 4. a genitive body's second verb after ", and"
    "second_verb_after_comma_and_keeps_genitive_subject": [
        ("Ghana's military government on Thursday accused neighbouring Togo of sheltering and financing officers "
         "behind an alleged plot against the president, and recalled its ambassador from Lome for consultations.",
         "SANCTION", {"GHA"}, {"TGO"}, OCC, None),
        ("Peru's government on Monday condemned Bolivia's seizure of a cargo ship near the lake, and recalled its "
         "ambassador from La Paz.", "SANCTION", {"PER"}, {"BOL"}, OCC, None),
    ],
    # 8. disapproval conveyed
    "conveyed_concern_is_accuse": [
        ("Finland conveyed its concerns to Moscow on Tuesday.", "ACCUSE", {"FIN"}, {"RUS"}, OCC, "disapprove"),
        ("Two Russian warships sailed through the strait near Denmark on Monday. Sweden conveyed its concerns through "
         "diplomatic channels.", "ACCUSE", {"SWE"}, {"RUS"}, OCC, "disapprove"),
        ("Ecuador conveyed its strong displeasure to Colombia over the raid on Friday.",
         "ACCUSE", {"ECU"}, {"COL"}, OCC, "disapprove"),
    ],
    "no_conveyed_concern_no_accuse": [
        ("Finland did not convey any concerns to Moscow on Tuesday.", "ACCUSE", set(), None, None, None),
        ("Finland conveyed its condolences to Moscow on Tuesday.", "ACCUSE", set(), None, None, None),
    ],
    # 9. participles after a quote's reporting frame
    "participle_after_quote_frame_is_the_speakers": [
        ("LIMA, June 16 (AP) - \"The border is not negotiable,\" foreign ministry spokeswoman Ana Ruiz told a "
         "briefing, urging Quito to withdraw its troops.", "REQUEST", {"PER"}, {"ECU"}, OCC, None),
        ("ANKARA, June 16 (AP) - \"Cyprus is a red line for us,\" a defence ministry spokesman told reporters, urging "
         "Athens to halt the exercises.", "REQUEST", {"TUR"}, {"GRC"}, OCC, None),
        ("\"Our patience has limits,\" Kenyan Foreign Minister Tom Ouko told reporters, urging Somalia to release the "
         "detained traders.", "REQUEST", {"KEN"}, {"SOM"}, OCC, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ACTS))
def test_the_act_is_read_with_its_sides(sentence, kind, actors, recipients, status, mode):
    assert_act(read(sentence), kind, actors, recipients, status, mode)


def test_warning_participle_after_a_frame_answers_the_act_just_reported():
    events = read('LIMA, June 16 (AP) - Ecuador seized two Peruvian fishing boats on Monday. "This is unacceptable," '
                  "foreign ministry spokeswoman Ana Ruiz told a briefing, urging Quito to release the crews and warning "
                  "that Peru would respond.")
    assert_act(events, "REQUEST", {"PER"}, {"ECU"}, OCC)
    assert_act(events, "THREATEN", {"PER"}, {"ECU"}, OCC)


def test_a_quote_without_frame_names_no_speaker():
    """No reporting verb after the quote: nothing is marked, the quote's own subject stays."""
    events = read('"Chile must withdraw its frigates, urging calm," read the banner held by protesters.')
    assert not [e for e in events if e.type == "REQUEST" and "PER" in countries(e.participants)]


# 10. a second side's statement in the same sentence
@pytest.mark.parametrize("text, first, second, recipient", [
    ("Two Russian warships sailed near Denmark on Monday. Norway summoned the Russian attache on Tuesday, while Sweden "
     "conveyed its concerns to Moscow.", "NOR", "SWE", "RUS"),
    ("Venezuela seized a Guyanese trawler on Monday. Guyana condemned the seizure on Tuesday, while Suriname "
     "condemned Venezuela too.", "GUY", "SUR", "VEN"),
])
def test_second_side_same_type_is_second_act(text, first, second, recipient):
    accuse = [e for e in read(text) if e.type == "ACCUSE"]
    assert {first} in [countries(e.participants) for e in accuse]
    assert {second} in [countries(e.participants) for e in accuse]
