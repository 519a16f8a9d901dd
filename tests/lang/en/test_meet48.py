"""English meetings and visits (enmeet48, issues 13 and 15). Our own sentences: invented people, real states.

1. 'convene' with no object is a meeting verb, held or planned (lang/en/convened_meetings.py); a plan to convene of
   states or their unnamed people names no one who meets (no event); 'convened parliament' is no meeting.
2. A meeting, summit or negotiations sought with a side ask it to meet: REQUEST meet (CAMEO 026), no AGREE of both
   (scripts/data/en_acts_additions.yaml); sought inside a denial or negated, no request.
3. 'the presidency', 'State House', 'the presidential office' stand for their state's government (data/agents.yaml).
4. Talks a journey to a neutral venue is for are held with the partner named, not the venue's state.
5. A visit said ahead as 'will pay a state visit to X' is no AGREE (lang/en/act_visits_ahead.py); a visit paid is
   CONSULT visit, and the Korean visit said ahead reads alike (no AGREE).
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, countries

DAY = date(2025, 6, 2)
PE_FM = "Peruvian Foreign Minister Luis Quispe"
CL_FM = "Chilean Foreign Minister Ana Soto"
PE_PR = "Peruvian President Luis Quispe"
CL_PR = "Chilean President Ana Soto"


def read(text: str):
    return extract_text(text, published=DAY).events


CONVENED = [
    (PE_FM + " and " + CL_FM + " will convene in Lima next week.", "planned"),
    (PE_FM + " and " + CL_FM + " are set to convene in Quito on Friday.", "planned"),
    (PE_FM + " and " + CL_FM + " convened in Lima on Sunday.", "occurred"),
    (PE_PR + " will convene with " + CL_PR + " in Santiago next month.", "planned"),
]


@pytest.mark.parametrize("text,status", CONVENED)
def test_convene_is_a_meeting_verb(text, status):
    events = read(text)
    assert_act(events, "CONSULT", {"PER", "CHL"}, None, status)
    assert_act(events, "AGREE", set(), None, None)  # not a promise to meet


NOT_CONVENED = [
    PE_PR + " convened parliament on Sunday.",
    PE_PR + " convened his cabinet on Sunday.",
    "Envoys from Peru, Chile and Bolivia are set to convene in La Paz next week.",  # no one named meets
]


@pytest.mark.parametrize("text", NOT_CONVENED)
def test_convene_with_an_object_or_a_plan_of_states_is_no_meeting(text):
    events = read(text)
    assert_act(events, "CONSULT", set(), None, None)
    assert_act(events, "AGREE", set(), None, None)


SOUGHT = [
    "Peru is seeking a summit with Chile.",
    PE_PR + " sought a meeting with " + CL_PR + " on Sunday.",
    "Peru sought negotiations with Chile on Sunday.",
    "Peru sought dialogue with Chile on Sunday.",
    "Peru pressed for a meeting with Chile on Sunday.",
    "페루는 칠레에 정상회담을 요청했다.",
]


@pytest.mark.parametrize("text", SOUGHT)
def test_a_meeting_sought_asks_the_side_named(text):
    events = read(text)
    assert_act(events, "REQUEST", {"PER"}, {"CHL"}, "occurred", mode="meet")
    assert_act(events, "AGREE", set(), None, None)


NOT_SOUGHT = [
    "Peru denied that it was seeking a summit with Chile.",
    "Peru said it was not seeking a summit with Chile.",
]


@pytest.mark.parametrize("text", NOT_SOUGHT)
def test_a_meeting_sought_in_a_denial_asks_no_one(text):
    events = read(text)
    assert_act(events, "REQUEST", set(), None, None)
    assert_act(events, "AGREE", set(), None, None)


PRESIDENCIES = [
    "Kenyan officials held talks with the Ugandan presidency on Sunday.",
    "Kenyan officials held talks with Uganda's State House on Sunday.",
    "The Ugandan presidency held talks with Kenyan officials on Sunday.",
    "Kenyan officials held talks with the Ugandan presidential office on Sunday.",
]


@pytest.mark.parametrize("text", PRESIDENCIES)
def test_the_presidency_meets_for_its_state(text):
    assert_act(read(text), "CONSULT", {"KEN", "UGA"}, None, "occurred")


@pytest.mark.parametrize("text", [
    "The presidency of Uganda's parliament changed hands on Sunday.",
    "Kenyan officials discussed Uganda's rotating presidency of the bloc on Sunday.",
])
def test_a_presidency_held_is_no_party(text):
    assert_act(read(text), "CONSULT", set(), None, None)


VENUES = [
    (PE_FM + " arrived in Geneva on Sunday for talks with " + CL_FM + ".", {"PER", "CHL"}),
    (PE_FM + " flew to Doha on Sunday for talks with Chile.", {"PER", "CHL"}),
    (PE_FM + " is in Geneva for talks with " + CL_FM + ".", {"PER", "CHL"}),
    (PE_FM + " arrived in Doha on Sunday for talks with Qatari Emir Tamim Halim.", {"PER", "QAT"}),  # its own
]


@pytest.mark.parametrize("text,parties", VENUES)
def test_a_neutral_venue_is_no_party(text, parties):
    found = [e for e in read(text) if e.type == "CONSULT"]
    assert found and countries(found[0].participants) == parties, [countries(e.participants) for e in found]


VISITS_AHEAD = [
    PE_PR + " will pay a state visit to Chile next week.",
    PE_PR + " is set to pay a three-day state visit to Chile from Monday.",
    PE_PR + " will pay his first state visit to Chile next week.",
    "루이스 키스페 페루 대통령이 다음 주 칠레를 국빈 방문할 예정이다.",
]


@pytest.mark.parametrize("text", VISITS_AHEAD)
def test_a_visit_said_ahead_is_no_agree(text):
    assert_act(read(text), "AGREE", set(), None, None)


def test_a_visit_paid_is_a_visit():
    assert_act(read(PE_PR + " paid a state visit to Chile on Sunday."), "CONSULT", {"PER", "CHL"}, None, "occurred",
               mode="visit")


def test_a_visit_ahead_with_the_host_named_is_a_planned_meeting():
    text = PE_PR + " will pay a state visit to Chile next week and meet " + CL_PR + "."
    events = read(text)
    assert_act(events, "CONSULT", {"PER", "CHL"}, None, "planned")
    assert_act(events, "AGREE", set(), None, None)
