"""English act classes of issue 15 read by the en18 session on whole held-out articles, one table per class, each
with sentences of our own across regions (none from the shared eval sets, the seeds, the PLOVER gold, the lead's
article batches or the news18 probe rows):

1. a comitative phrase in the subject ("Portugal, together with Brazil, condemned", "Together with Brazil, Portugal
   urged") makes a joint act: both act (en.yaml comitative_before_re / comitative_gap_re, clauses.comitative_subject;
   coordination_re joins the two);
2. a quote that opens the sentence with its speaker's own side as subject ('"We condemn ...," the Kenyan foreign
   minister said') is that speaker's act: the trailing frame is the verb act's agent, not the parties of a meeting
   just reported, and not nobody (act_quotes.quoted_self_acts, cue quoted_self_subjects);
3. the speaker named right after a quote or in a trailing frame is the subject of the participle that follows it
   ('...," X told reporters, condemning Y') (en.yaml quote_speaker_*_re, clauses.quote_speaker);
4. denouncing someone's detention of others is ACCUSE against the detainer, not CAMEO's verbal defence (SUPPORT)
   (en_acts_additions.yaml deny_patterns).
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, events_of

OCC, PLAN = "occurred", "planned"
DAY = date(2026, 3, 11)


def read(text: str):
    return events_of(extract_text(text, published=DAY))


def acting(events, type_: str) -> set[str]:
    found = [e for e in events if e.type == type_]
    assert found, [(e.type, e.status) for e in events]
    return {p.country for p in found[0].participants}


# 1. a comitative phrase in the subject: both act
@pytest.mark.parametrize("sentence, kind, actors, recipients", [
    ("Portugal, together with Brazil, condemned the attack on Angola.", "ACCUSE", {"PRT", "BRA"}, {"AGO"}),
    ("Iceland along with Denmark condemned the strike on Ukraine.", "ACCUSE", {"ISL", "DNK"}, {"UKR"}),
    ("Together with Ghana, Togo urged Benin to reopen the border.", "REQUEST", {"GHA", "TGO"}, {"BEN"}),
    ("Malta, together with Cyprus and Greece, imposed sanctions on Libya.", "SANCTION", {"MLT", "CYP", "GRC"},
     {"LBY"}),
])
def test_a_comitative_subject_acts_with_the_subject(sentence, kind, actors, recipients):
    events = read(sentence)
    assert acting(events, kind) == actors
    assert_act(events, kind, actors, recipients, OCC)


@pytest.mark.parametrize("sentence, kind, actors", [
    ("Ecuador condemned the attack, which Peru carried out together with Bolivia.", "ACCUSE", {"ECU"}),  # not the subject
])
def test_a_comitative_phrase_elsewhere_adds_no_actor(sentence, kind, actors):
    events = read(sentence)
    assert actors <= acting(events, kind)
    if kind == "ACCUSE":
        assert acting(events, kind) == actors


def test_a_planned_joint_measure_is_planned_by_both():
    events = read("Portugal, together with Brazil, plans to impose sanctions on Angola.")
    assert acting(events, "SANCTION") == {"PRT", "BRA"}
    assert_act(events, "SANCTION", {"PRT", "BRA"}, {"AGO"}, PLAN)


def test_a_negated_joint_condemnation_is_none():
    assert_act(read("Portugal, together with Brazil, did not condemn the vote in Angola."), "ACCUSE", set(), None, None)


def test_met_together_with_stays_a_meeting_of_both():
    """A comitative after the verb is no subject; the meeting still has both."""
    events = read("Portugal met together with Brazil in Luanda on Monday.")
    assert_act(events, "CONSULT", {"PRT", "BRA"}, None, OCC)


# 2. a first-person quote: the trailing speaker acts
@pytest.mark.parametrize("sentence, kind, actor, recipients", [
    ('"We strongly condemn the attack on Sudan," the Kenyan foreign ministry said.', "ACCUSE", "KEN", {"SDN"}),
    ('"We condemn the shelling of Armenia," French President Emmanuel Macron said.', "ACCUSE", "FRA", {"ARM"}),
    ('"The government strongly condemns the continued raids on Somalia," Djibouti said in a statement.', "ACCUSE",
     "DJI", {"SOM"}),
    ('"We urge Venezuela to free the detained activists," the Colombian foreign minister said.', "REQUEST", "COL",
     {"VEN"}),
])
def test_a_first_person_quote_is_the_speakers_act(sentence, kind, actor, recipients):
    assert_act(read(sentence), kind, {actor}, recipients, OCC)


def test_a_first_person_quote_after_a_meeting_is_the_speakers_alone():
    """After a meeting of two, the quoted 'we' of one named speaker is that speaker's side, not both parties."""
    text = ("Chilean Foreign Minister Alberto van Klaveren met Argentine Foreign Minister Gerardo Werthein in Santiago "
            "on Monday.\n\n"
            '"We condemn the military cooperation between Iran and Venezuela," Werthein told reporters after the '
            "meeting.")
    assert acting(read(text), "ACCUSE") == {"ARG"}


@pytest.mark.parametrize("sentence", [
    '"Russia must withdraw its troops from Moldova," Romania said.',  # the quote names its own subject
    '"We condemn the launch by Peru," Chile said.',  # the noun act stays the owner's
])
def test_a_quote_naming_another_subject_keeps_it(sentence):
    events = read(sentence)
    owners = {"Russia": "RUS", "Peru": "PER"}
    if "launch" in sentence:
        assert acting(events, "ACCUSE") == {"CHL"}
        assert all(e.type != "MOBILIZE" or {p.country for p in e.participants} == {"PER"} for e in events)
    else:
        assert_act(events, "REQUEST", {"ROU"}, {owners["Russia"]}, OCC)


def test_a_negated_first_person_quote_is_no_condemnation():
    assert_act(read('"We do not condemn the vote in Bolivia," Peru said.'), "ACCUSE", set(), None, None)


# 3. the speaker after a quote is the subject of the participle that follows
@pytest.mark.parametrize("text, kind, actor, recipients", [
    ('"This is a violation of our sovereignty," the Chilean foreign minister told reporters, condemning the Peruvian '
     "incursion.", "ACCUSE", "CHL", {"PER"}),
    ('"We will respond," Chile said, urging Peru to withdraw its troops.', "REQUEST", "CHL", {"PER"}),
    ('"That is unacceptable," Estonian Prime Minister Kristen Michal said, condemning the strike by Belarus.',
     "ACCUSE", "EST", {"BLR"}),
])
def test_the_speaker_after_a_quote_does_the_participle(text, kind, actor, recipients):
    assert_act(read(text), kind, {actor}, recipients, OCC)


def test_the_speaker_after_a_quote_with_a_meeting_is_not_both_parties():
    text = ("The Polish foreign minister hosted his Lithuanian counterpart in Warsaw on Tuesday.\n\n"
            '"This cannot stand," the Lithuanian minister told a joint news conference, condemning the drills by '
            "Belarus.")
    assert acting(read(text), "ACCUSE") == {"LTU"}


# 4. denouncing a detention accuses the detainer
@pytest.mark.parametrize("sentence, actors, recipients", [
    ("Chile denounced the detention of its citizens by Peru.", {"CHL"}, {"PER"}),
    ("Portugal, together with Brazil, denounced the detention of journalists in Angola.", {"PRT", "BRA"}, {"AGO"}),
])
def test_denouncing_a_detention_is_an_accusation(sentence, actors, recipients):
    events = read(sentence)
    assert_act(events, "ACCUSE", actors, recipients, OCC)
    assert_act(events, "SUPPORT", set(), None, None)
