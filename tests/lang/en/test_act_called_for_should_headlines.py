"""English act classes a probe family found unread or misread: "called for X to (act)" and "called for X's (act noun)",
a deep name in what is called for (no addressee), a reported "should", a speaker binding itself ("said it must"), a
bare verb form after a negation or modal ("did not call for"), a required object past a name and a topic preposition
("slams X over border closure"), and "hit X with sanctions". Every sentence here is our own.

Formerly tests/lang/test_en_act_news2.py; classes first read as "English act classes the news2 probe family
(bench/en_act_probe.py `--family news2`, issue 15) found unread or misread" (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import class_rows, countries, events_of

OCC, PLAN = "occurred", "planned"
DAY = date(2025, 3, 4)


def read(sentence: str, ptype: str):
    return events_of(extract_text(sentence, published=DAY), ptype)


# the first noun phrase after "for", when it is the subject of an infinitive or owns an act noun, is asked
@pytest.mark.parametrize("sentence, actors, recipients, status", [
    ("Ecuador called for Colombia to free the detained fishermen.", {"ECU"}, {"COL"}, OCC),
    ("Ecuador called for Colombia's withdrawal from the disputed island.", {"ECU"}, {"COL"}, OCC),
    ("Ecuador on Friday called for the government of Colombia to halt its naval drills.", {"ECU"}, {"COL"}, OCC),
    ("Ecuador will call for Colombia to free the detained fishermen.", {"ECU"}, {"COL"}, PLAN),  # planned
    ("Ecuador renewed its call for Colombia to free the detained fishermen.", {"ECU"}, {"COL"}, OCC),
])
def test_called_for_x_to_act_asks_x(sentence, actors, recipients, status):
    (e,) = read(sentence, "REQUEST")
    assert countries(e.participants) == actors and countries(e.recipients) == recipients and e.status == status


# a people-noun subject's claim is addressed at home, never to a state named past a comma or an agent's "by"
@pytest.mark.parametrize("sentence", [
    "Bolivian miners called for calm at a summit hosted by Chile.",
    "Bolivian miners called for an end to the blockade, officials in Chile said.",
])
def test_claim_of_people_takes_no_state_past_its_clause(sentence):
    assert all("CHL" not in countries(e.recipients) for e in read(sentence, "REQUEST"))


# a reported "should" lays an obligation on another: the speaker's request; on itself: no request
@pytest.mark.parametrize("sentence, recipients", [
    ("Ecuador said Colombia should free the detained fishermen.", {"COL"}),
    ("Ecuador said Colombia must free the detained fishermen.", {"COL"}),
])
def test_reported_should_is_a_request(sentence, recipients):
    (e,) = read(sentence, "REQUEST")
    assert countries(e.participants) == {"ECU"} and countries(e.recipients) == recipients


# headline style: "slams X over (topic)" condemns X; "hits X with sanctions" sanctions X
@pytest.mark.parametrize("sentence, ptype, recipients", [
    ("Ecuador slams Colombia over border closure", "ACCUSE", {"COL"}),
    ("Ecuador slammed Colombia over its border closure on Monday.", "ACCUSE", {"COL"}),
    ("Ecuador hits Colombia with new sanctions", "SANCTION", {"COL"}),
    ("Ecuador hit Colombia with tariffs on Monday.", "SANCTION", {"COL"}),
])
def test_headline_verbs_read_past_the_name(sentence, ptype, recipients):
    (e,) = read(sentence, ptype)
    assert countries(e.participants) == {"ECU"} and countries(e.recipients) == recipients


@pytest.mark.parametrize("sentence, ptype", [
    ("Ecuador slams Colombia over border closure", "COERCE"),  # the topic is no border closed by Ecuador
    ("Ecuador did not hit Colombia with new sanctions.", "SANCTION"),  # negated
])
def test_topic_or_negated_headline_act_is_no_act(sentence, ptype):
    assert not read(sentence, ptype)


# "In a statement, rebels in X ...": a residence phrase after an opener is still the clause's subject
@pytest.mark.parametrize("sentence, ptype, status", [
    ("In a statement, rebels in Niger condemned Benin for the raid.", "ACCUSE", OCC),
    ("On Monday, rebels in Niger condemned Benin.", "ACCUSE", OCC),
    ("In a statement, rebels in Niger said they would attack Benin.", "THREATEN", OCC),  # an attack said ahead: a threat, made when said (charges50b)
])
def test_residence_subject_after_an_opener(sentence, ptype, status):
    (e,) = read(sentence, ptype)
    assert countries(e.participants) == {"NER"} and countries(e.recipients) == {"BEN"} and e.status == status


def test_residence_subject_after_an_opener_negated():
    assert not read("In a statement, rebels in Niger did not condemn Benin.", "ACCUSE")


# a passive whose subject is "N of X": X, the subject's owner, receives; the agent after "by" acts
@pytest.mark.parametrize("sentence, ptype, status", [
    ("Two diplomats of Benin were expelled by Niger on Friday.", "SANCTION", OCC),
    ("Diplomats of Benin have been expelled by Niger.", "SANCTION", OCC),
    ("Thousands of Beninese were attacked by Nigerien militants.", "ASSAULT", OCC),
    ("Two diplomats of Benin will be expelled by Niger.", "SANCTION", PLAN),
])
def test_passive_subject_owner_receives(sentence, ptype, status):
    events = read(sentence, ptype) or read(sentence, "THREATEN")
    (e,) = events
    assert countries(e.participants) == {"NER"} and countries(e.recipients) == {"BEN"} and e.status == status


def test_passive_subject_owner_negated():
    assert not read("Two diplomats of Benin were not expelled by Niger.", "SANCTION")


# a passive's subject gives the mode its noun has ("Food aid was sent": humanitarian)
@pytest.mark.parametrize("sentence, mode, status", [
    ("Food aid was sent to Benin by Niger last week.", "humanitarian", OCC),
    ("Humanitarian aid was delivered to Benin by Niger.", "humanitarian", OCC),
])
def test_passive_subject_gives_the_mode(sentence, mode, status):
    (e,) = read(sentence, "AID")
    assert e.mode == mode and e.status == status and countries(e.recipients) == {"BEN"}


def test_passive_aid_negated():
    assert not read("No food aid was sent to Benin by Niger.", "AID")


# protesters an act reaches are its receiving side, not a protest; protesters as a subject protest
@pytest.mark.parametrize("sentence", [
    "Amnesty International condemned Benin over the crackdown on protesters.",
    "Beninese police arrested dozens of protesters on Tuesday.",
    "Niger condemned the arrest of demonstrators in Benin.",
])
def test_protesters_reached_by_an_act_are_no_protest(sentence):
    assert not read(sentence, "PROTEST")


@pytest.mark.parametrize("sentence", [
    "Thousands of protesters marched against the government in Benin.",
    "Protesters in Benin will march against the government on Friday.",  # planned
])
def test_protesters_as_subject_protest(sentence):
    assert read(sentence, "PROTEST") or read(sentence, "THREATEN")  # a planned protest is a threat (manual)


@pytest.mark.parametrize("sentence, ptype", [
    ("Opposition groups in Benin are demanding that the president resign.", "REQUEST"),
    ("Beninese farmers said they would blockade the capital.", "THREATEN"),  # planned: a threat
])
def test_people_claims_on_their_own_state_stay(sentence, ptype):
    (e,) = read(sentence, ptype)
    assert countries(e.participants) == {"BEN"} and countries(e.recipients) == {"BEN"}


# an appeal still to be made that names no one takes no addressee from the news before it
@pytest.mark.parametrize("text", [
    "Togo fired a ballistic missile on Thursday. Ghana said it would urge restraint at the council.",
    "Togo fired a ballistic missile on Thursday. Ghana will call for restraint.",
])
def test_planned_appeal_naming_no_one_is_no_event(text):
    assert not read(text, "REQUEST")


def test_appeal_made_naming_no_one_answers_the_act_before():
    (e,) = read("Togo fired a ballistic missile on Thursday. Ghana called for restraint.", "REQUEST")
    assert countries(e.participants) == {"GHA"} and countries(e.recipients) == {"TGO"}


NO_REQUEST = {
    "called_for_without_an_asked_state_is_no_request": [
        "Ecuador did not call for Colombia to free the detained fishermen.",  # negated (the verb, not the noun)
        "Ecuador never called for Colombia's withdrawal from the island.",  # negated
        "Ecuador called for calm at a summit hosted by Colombia.",  # a name deep in what is called for
        "Ecuador called for an inquiry into Colombia's conduct.",  # past a preposition: no addressee
        "Ecuador called for the two countries to resume talks.",  # the phrase names no state
    ],
    "obligation_on_the_speaker_or_a_judgement_is_no_request": [
        "Ecuador said it should withdraw its troops from the border.",
        "Ecuador said it must withdraw its troops from the border.",
        "Ecuador said Colombia should be punished.",  # a judgement, not a demand
    ],
    # the state's own forces and executive speak for the state: an appeal of theirs that names no one is no claim
    # on their own government (a people group's is: "farmers said they would blockade the capital")
    "state_forces_appeal_to_no_one_is_no_event": [
        "Beninese troops called for restraint.",
        "Beninese police urged calm on Tuesday.",
        "Beninese troops will call for restraint.",  # planned
    ],
    # "their states should": the reporting word is the obligated noun, no report
    "should_after_a_noun_states_is_no_request": [
        "Ministers agreed on Tuesday that their states should cooperate on trade.",
        "Ministers agreed that the two states must cooperate on trade.",
    ],
    # "should" before its subject is an inverted condition, no obligation laid on anyone
    "inverted_should_is_no_request": [
        "Ecuador said that, should Colombia refuse the offer, talks would end.",
        "Ecuador said that should Colombia refuse, it would close the border.",
    ],
}


@pytest.mark.parametrize("sentence", class_rows(NO_REQUEST))
def test_no_request_is_read(sentence):
    assert not read(sentence, "REQUEST")
