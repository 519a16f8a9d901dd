"""English act sides: spokespersons and aides acting for a state, figurative objects, angry reactions.
- a spokesperson (an office never a party in person) whose title names no state acts for the state the knowledge base
  gives the person ('Foreign ministry spokeswoman X warned ...'; pipeline/act_side_items.speaks_for_state); a reporter
  speaks for no state;
- 'X, foreign policy adviser to President Y,' / 'X, an aide to Brazil's president,' acts for the state of the one
  served (lang/en/mentions.aides, en.yaml aide_titles); 'special envoy to <state>' is where he is sent, not whom he
  serves.

Formerly tests/lang/test_en_sides29.py; classes first read as "English act sides and triggers, session 20 round 1
(en29), end to end on our own sentences" (docs/history.md)."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import sides

DAY = "2026-05-02"


@pytest.mark.parametrize("text, kind", [
    ("Tomas Velikan, a correspondent for a Lisbon newspaper, criticized Argentina.", "ACCUSE"),
    ("Reporter Tomas Velikan warned Finland of a storm.", "THREATEN"),
])
def test_a_reporter_speaks_for_no_state(text, kind):
    assert not sides(text, kind, DAY)


SIDES = {
    "a_spokesperson_without_a_state_in_the_title_speaks_for_her_own_state": [
        ("Foreign ministry spokeswoman Maria Zakharova warned Finland of a firm response.", "THREATEN", "RUS", "FIN"),
        ("Foreign ministry spokeswoman Mao Ning urged the Philippines to halt the patrols.", "REQUEST", "CHN", "PHL"),
        ('"This will not stand," foreign ministry spokeswoman Maria Zakharova said on Friday, warning that Moldova '
         "would pay a price.", "THREATEN", "RUS", "MDA"),
        ("The spokeswoman, Mao Ning, criticized Vietnam for the construction on the reef.", "ACCUSE", "CHN", "VNM"),
    ],
    "an_aide_acts_for_the_state_of_the_one_served": [
        ("Tomas Velikan, foreign policy adviser to President Vladimir Putin, criticized Estonia for the expulsions.",
         "ACCUSE", "RUS", "EST"),
        ("Ilse Marrow, a senior aide to President Lula, criticized Paraguay over the dam tariffs.",
         "ACCUSE", "BRA", "PRY"),
        ("Ilse Marrow, an adviser to Brazil's president, urged Uruguay to reopen the border.", "REQUEST", "BRA", "URY"),
        ("Ilse Marrow, special envoy of Kenya, urged Ethiopia to resume the talks.", "REQUEST", "KEN", "ETH"),
    ],
}


@pytest.mark.parametrize("text, kind, actor, recipient", class_rows(SIDES))
def test_the_act_has_its_sides(text, kind, actor, recipient):
    found = sides(text, kind, DAY)
    assert any(actor in a and recipient in r for a, r in found), found


def test_an_envoy_sent_to_a_state_does_not_act_for_it():
    found = sides("Ilse Marrow, special envoy to Ukraine, criticized Russia over the strikes.", "ACCUSE", DAY)
    assert not any("UKR" in a for a, r in found), found


@pytest.mark.parametrize("text", [
    "Lisbon, which hopes to mediate between the two, struck a more cautious tone on Tuesday.",
    "The Chilean minister struck a conciliatory note after the talks with Peru.",
    "Norway's plan struck a balance between the demands of Sweden and Finland.",
    "The Kenyan proposal hit a snag when Uganda objected.",
])
def test_a_figurative_object_makes_a_force_verb_no_assault(text):
    assert not sides(text, "ASSAULT", DAY)


@pytest.mark.parametrize("text, actor", [
    ("Sudanese drones struck a fuel depot in Kosti on Tuesday.", "SDN"),
    ("Myanmar's army struck a village near the Thai border.", "MMR"),
])
def test_a_force_verb_with_a_real_object_still_assaults(text, actor):
    assert any(actor in a for a, r in sides(text, "ASSAULT", DAY))


ACCUSATIONS = {
    "a_judged_expulsion_or_arrest_answers_the_side_that_did_it": [
        ("Lithuania expelled a Belarusian diplomat on Tuesday. The Belarusian Embassy condemned the expulsion.",
         "BLR", "LTU"),
        ("Mexico expelled three Ecuadorian officials. Quito denounced the expulsions as a hostile step.", "ECU", "MEX"),
        ("Polish police arrested a Belarusian blogger. The Belarusian foreign ministry condemned the arrest.",
         "BLR", "POL"),
    ],
    "an_angry_reaction_answers_the_act_just_reported": [
        ("Japan expelled a Russian diplomat for spying. Moscow reacted furiously.", "RUS", "JPN"),
        ("Chile recalled its envoy from Peru. Peru reacted angrily.", "PER", "CHL"),
    ],
}


@pytest.mark.parametrize("text, actor, recipient", class_rows(ACCUSATIONS))
def test_the_accusation_has_its_sides(text, actor, recipient):
    found = sides(text, "ACCUSE", DAY)
    assert any(actor in a and recipient in r for a, r in found), found


def test_an_angry_reaction_with_no_act_before_is_no_event():
    assert not sides("The festival opened in Lima on Sunday. Peru reacted angrily.", "ACCUSE", DAY)


@pytest.mark.parametrize("text, actor, owner", [
    ("Niger on Monday rejected Benin's complaint over an air strike that Cotonou says killed three farmers.",
     "NER", "BEN"),
    ("Eritrea dismissed Djibouti's protest about a drone strike near the coast.", "ERI", "DJI"),
    ("Tajikistan rejected Kyrgyzstan's complaint over the artillery shelling of a border village.", "TJK", "KGZ"),
])
def test_a_rejected_complaints_topic_is_the_rejecters_deed(text, actor, owner):
    found = sides(text, "ASSAULT", DAY)
    assert found and all(actor in a and owner not in a for a, r in found), found


def test_a_complaint_no_one_rejects_keeps_its_reading():
    from readout.lang.en.act_matcher import matcher
    from readout.lang.en.act_protested import charge_before
    from readout.lang.en.act_tokens import tokenize
    toks = tokenize("Benin lodged a complaint over an air strike.")
    assert charge_before(toks, 7, matcher().cues) == 3  # 'strike' -> 'complaint'
    assert charge_before(tokenize("Benin condemned an air strike."), 4, matcher().cues) is None


@pytest.mark.parametrize("text, parties", [
    ("Hungary's foreign minister met his Slovak counterpart in Budapest amid tensions between Russia and Ukraine.",
     {"HUN", "SVK"}),
    ("Peru's president met Chile's president in Lima despite a dispute between Bolivia and Argentina.", {"PER", "CHL"}),
])
def test_names_in_a_meetings_circumstance_are_no_parties(text, parties):
    found = sides(text, "CONSULT", DAY)
    assert found and all(set(a) == parties for a, r in found), found


def test_a_meeting_between_two_named_states_keeps_its_parties():
    found = sides("Kenya hosted talks between Ethiopia and Eritrea in Nairobi.", "CONSULT", DAY)
    assert any({"ETH", "ERI"} <= set(a) for a, r in found), found


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ('ANKARA, May 2 (Reuters) - Turkey reopened the strait on Friday. "This will not stand," foreign ministry '
     "spokeswoman Maria Zakharova said on Friday, warning that Moldova would pay a price.", "THREATEN", "RUS", "MDA"),
    ('MANILA, May 2 (Reuters) - "Such patrols are illegal," foreign ministry spokeswoman Mao Ning told a briefing, '
     "urging the Philippines to withdraw its ships.", "REQUEST", "CHN", "PHL"),
    # a speaker the knowledge base does not know stays the dateline's state's voice
    ('LIMA, May 2 (Reuters) - "Quito must withdraw," ministry spokeswoman Ana Ruiz told a briefing, urging Ecuador '
     "to pull back its troops.", "REQUEST", "PER", "ECU"),
])
def test_a_known_spokesperson_after_a_quote_speaks_for_her_state_not_the_datelines(text, kind, actor, recipient):
    found = sides(text, kind, DAY)
    assert any(actor in a and recipient in r for a, r in found) and not any(
        a and actor not in a for a, r in found), found


def test_a_known_spokespersons_warning_keeps_the_storys_addressee():
    text = ('BEIJING, May 2 (Reuters) - China imposed sanctions on three Canadian drone makers on Friday. "Our patience '
            'has limits," foreign ministry spokeswoman Mao Ning told a briefing, warning that China would take firm '
            "measures.")
    found = sides(text, "THREATEN", DAY)
    assert any("CHN" in a and "CAN" in r for a, r in found), found
