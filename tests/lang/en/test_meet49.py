"""English meetings (enmeet49, issues 13 and 15). Our own sentences: invented people, real states.

1. An office group opening the sentence ('Foreign ministers of A and B met') is read as one inside it: only the
   sentence's first word is case-free (lang/en/reading_names.opening_word_lowered); a title inside keeps its capitals.
2. 'the foreign ministers from A and B' names the group as 'of A and B' does (lexicon `group_offices_of_re`).
3. A visit said ahead as a visit noun after any light verb ('will make an official visit to X', 'will make his first
   visit to X') is a planned visit, no AGREE, as 'will pay a state visit to X' (enmeet48; lang/en/act_visits_ahead.py);
   with the host named it is the planned meeting; a visit made is the visit.
4. A bare 'the presidency' as an act's subject is its story's state where the story names one state (a bare organ,
   as 'the junta': lexicon `bare_organ_subject_re`, pipeline/act_organs.py); two states, or none, leave it open.
5. A body's own session as the subject of a meeting act ('The council's session will convene to discuss the budget')
   is no meeting between the sides the story told and no AGREE (lang/en/act_body_sessions.py).
6. The relative clause an appositive holds after the met person ('met Ana Soto, a Chilean activist who is seeking a
   summit with Bolivia') is hers: its states are no party of the outer meeting (lang/en/meeting_relative_parties.py).
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import library_pipeline, extract_text
from tests.conftest import assert_act, countries

DAY = date(2025, 6, 2)
LATE = date(2025, 9, 13)  # a day the knowledge base's tenures name both states' ministers


def read(text: str, day: date = DAY):
    return extract_text(text, published=day).events


def office_groups(text: str) -> list[tuple[str, tuple[str, ...]]]:
    english = library_pipeline().language("en")
    return [(r.office, r.countries) for r in english.find_references(text, (), []) if r.kind == "office_group"]


OPENING_GROUPS = [
    ("Foreign ministers of Peru and Chile met in Lima on Sunday.", "foreign_minister", ("PER", "CHL")),
    ("Leaders of Kenya and Uganda spoke by phone on Sunday.", "leader", ("KEN", "UGA")),
    ("Foreign ministers from Peru and Chile met in Lima on Sunday.", "foreign_minister", ("PER", "CHL")),
    ("The defense ministers from Kenya, Uganda and Tanzania held talks in Arusha.", "defense_minister",
     ("KEN", "UGA", "TZA")),
]


@pytest.mark.parametrize("text,office,codes", OPENING_GROUPS)
def test_an_office_group_opening_the_sentence_or_after_from(text, office, codes):
    assert (office, codes) in office_groups(text), office_groups(text)


NO_GROUPS = [
    "The foreign ministers from Peru met Chilean envoys on Sunday.",  # one state only
    "The foreign ministers from the region met in Lima on Sunday.",  # no list after 'from'
    "Peru hosted the Leaders of Tomorrow forum with Chile and Bolivia.",  # a title inside the sentence
]


@pytest.mark.parametrize("text", NO_GROUPS)
def test_no_office_group_without_a_list_or_in_a_title(text):
    assert office_groups(text) == []


@pytest.mark.parametrize("text,names", [
    ("Foreign ministers of South Korea and Japan met in Tokyo on Friday.", {"Cho Hyun", "Takeshi Iwaya"}),
    ("Defense ministers from South Korea and Japan sat down in Busan on Friday for talks.", {"Ahn Gyu-back", "Gen Nakatani"}),
])
def test_the_group_names_its_office_holders_as_the_meetings_people(text, names):
    found = [e for e in read(text, LATE) if e.type == "CONSULT"]
    assert found and {p.name for p in found[0].participants} == names, [[p.name for p in e.participants] for e in found]


PE_PR = "Peruvian President Luis Quispe"
CL_PR = "Chilean President Ana Soto"

VISITS_AHEAD = [
    PE_PR + " will make an official visit to Chile next week.",
    PE_PR + " will make his first visit to Chile next week.",
    PE_PR + " is due to make an official visit to Chile on Monday.",
    PE_PR + " will make a state visit to Chile next week, his office said.",
    "루이스 키스페 페루 대통령이 다음 주 칠레를 공식 방문할 예정이다.",
]


@pytest.mark.parametrize("text", VISITS_AHEAD)
def test_a_visit_noun_said_ahead_is_no_agree(text):
    assert_act(read(text), "AGREE", set(), None, None)


@pytest.mark.parametrize("text", [
    PE_PR + " will make an official visit to Chile next week and meet " + CL_PR + ".",
    PE_PR + " will make his first visit to Chile next week to meet " + CL_PR + ".",
])
def test_a_visit_noun_said_ahead_with_the_host_named_is_a_planned_meeting(text):
    events = read(text)
    assert_act(events, "CONSULT", {"PER", "CHL"}, None, "planned")
    assert_act(events, "AGREE", set(), None, None)


@pytest.mark.parametrize("text", [
    PE_PR + " made an official visit to Chile on Sunday.",
    PE_PR + " made his first visit to Chile on Sunday.",
])
def test_a_visit_noun_made_is_the_visit(text):
    assert_act(read(text), "CONSULT", {"PER", "CHL"}, None, "occurred", mode="visit")


@pytest.mark.parametrize("text", [
    PE_PR + " will visit Chile next week.",  # the verb keeps its older reading (lead, forty-fifth session)
    "Peru will provide aid to Chile next week.",  # a promise, not a visit
])
def test_the_verb_said_ahead_and_a_promise_stay_agree(text):
    found = [e for e in read(text) if e.type == "AGREE"]
    assert found and "PER" in countries(found[0].participants), [(e.type, e.status) for e in read(text)]


UG = "Ugandan President Amos Okello fired his finance minister on Sunday. "

BARE_PRESIDENCIES = [
    (UG + "The presidency accused Kenya of arming the rebels.", "ACCUSE", {"UGA"}),
    (UG + "The presidency rejected Kenya's claims on Monday.", "REJECT", {"UGA"}),
    ("Uganda's rebels attacked a school in Gulu on Sunday. The presidency condemned the attack.", "ACCUSE", {"UGA"}),
]


@pytest.mark.parametrize("text,kind,actors", BARE_PRESIDENCIES)
def test_a_bare_presidency_acts_for_its_storys_one_state(text, kind, actors):
    found = [e for e in read(text) if e.type == kind]
    assert found and countries(found[-1].participants) == actors, [(e.type, countries(e.participants)) for e in read(text)]


NO_PRESIDENCY_STATE = [
    "The presidency accused Kenya of arming the rebels.",  # the story names no state of its own
    "Kenyan troops shelled a border post held by Ugandan troops on Sunday. The presidency accused Kenya of starting "
    "the fighting.",  # two states: open
]


@pytest.mark.parametrize("text", NO_PRESIDENCY_STATE)
def test_a_bare_presidency_without_one_state_names_none(text):
    assert [e for e in read(text) if e.type == "ACCUSE"] == []


PAIR = "Peru's foreign minister met his Chilean counterpart on Sunday. "

BODY_SESSIONS = [
    PAIR + "The council's session will convene to discuss the budget.",
    PAIR + "The cabinet will meet on Monday to discuss the budget.",
    PAIR + "The Peruvian parliament's plenary session will discuss the budget on Monday.",
    PAIR + "The assembly will discuss the pension reform next week.",
]


@pytest.mark.parametrize("text", BODY_SESSIONS)
def test_a_bodys_own_session_is_no_meeting_of_the_sides(text):
    events = read(text)
    assert_act(events, "AGREE", set(), None, None)
    assert [e for e in events if e.type == "CONSULT" and e.status == "planned"] == []


NOT_BODY_SESSIONS = [
    (PAIR + "The two ministers will meet again next month to discuss the budget.", "AGREE", {"PER", "CHL"}),
    (PE_PR + " will discuss the budget with " + CL_PR + " next week.", "CONSULT", {"PER", "CHL"}),
    ("The Security Council will meet on Monday to discuss the border dispute.", "CONSULT", {"UNO"}),
]


@pytest.mark.parametrize("text,kind,parties", NOT_BODY_SESSIONS)
def test_people_or_a_named_body_still_meet(text, kind, parties):
    found = [e for e in read(text) if e.type == kind and e.status == "planned"]
    assert found and countries(found[0].participants) == parties, [(e.type, countries(e.participants)) for e in read(text)]


APPOSITIVE_RELATIVES = [
    PE_PR + " met Sara Lind, a Chilean activist who is seeking a summit with Bolivia.",
    PE_PR + " met Ana Soto, the Chilean foreign minister who is seeking talks with Bolivia.",
    PE_PR + " met Sara Lind, a Chilean lawyer who is pressing for a meeting with Bolivia.",
    PE_PR + " met Sara Lind, an activist who is seeking talks with Bolivia, on Sunday.",
]


@pytest.mark.parametrize("text", APPOSITIVE_RELATIVES)
def test_a_state_in_an_appositives_relative_is_no_party_of_the_outer_meeting(text):
    found = [e for e in read(text) if e.type == "CONSULT"]
    assert not any("BOL" in countries(e.participants) for e in found), [countries(e.participants) for e in found]


@pytest.mark.parametrize("text,parties", [
    (PE_PR + " met Ana Soto, the Chilean foreign minister who is seeking talks with Bolivia.", {"PER", "CHL"}),
    (PE_PR + " met Ana Soto, the Chilean foreign minister who arrived on Sunday.", {"PER", "CHL"}),
    (PE_PR + " met Ana Soto, the Chilean foreign minister who was sent to Bolivia last year.", {"PER", "CHL"}),
])
def test_the_met_person_of_the_appositive_stays_a_party(text, parties):
    found = [e for e in read(text) if e.type == "CONSULT"]
    assert found and countries(found[0].participants) == parties, [countries(e.participants) for e in found]
