"""Acts in both languages: airspace violations, paired condemnations, possessive weekdays, place participles.

1. a violation of airspace ('violated Norwegian airspace') is filed by CAMEO under 150, demonstrate military power,
   which PLOVER maps to MOBILIZE: a military act of the violator, never a REJECT with the violator as the rejecting
   side (entry violate + airspace). Korean '영공을 침범했다' is read as MOBILIZE already (guard row). Violating a
   treaty or a ban stays a REJECT.
2. one statement of disapproval said with two verbs ('firmly opposes and strongly condemns X's test') is one
   ACCUSE, no REJECT beside it (lang/en/act_paired_condemnation); opposing and condemning a proposal still refuses
   it, and two verbs with objects of their own are two acts. (Korean '반대하며 규탄했다' still adds a REJECT, and
   so does the English order 'condemned and opposed X' via another reader: left.)
3. a weekday owning a noun after 'under/after/since/following' ('Under Sunday's agreement, X will accept ...') is an
   occasion already held: the nearest such weekday behind the report, though the clause plans (lang/en/dates
   past_occasion); a bare weekday in a planned clause still counts forward. Korean '일요일 합의에 따라' is read as
   the past Sunday already (guard row).
4. a past participle with an adverb of place after it ('urged X to release citizens detained there', 'nationals
   held abroad') describes the noun before it, as with a preposition after it: no COERCE of the requester
   (act_context.reduced_relative, cue place_adverbs). Korean '그곳에 억류된 국민' is no act already (guard row);
   a participle with its own object ('detained three sailors there') stays an act.

Formerly tests/lang/test_acts_en44.py; classes first read as "English act classes read by the en44 session, with
sentences of our own (states outside the eval sets and the open batches), a Korean row where the class exists in
Korean too" (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, events_of

OCC = "occurred"
DAY = date(2026, 3, 4)


def read(text: str, day: date = DAY):
    return events_of(extract_text(text, published=day))


# 1. an airspace violation is a show of force, not a rejection
@pytest.mark.parametrize("text", [
    "Chilean fighter jets violated Peruvian airspace on Monday, Peru's defence ministry said.",
    "Peru said two Chilean military aircraft had violated its airspace.",
    "칠레 전투기들이 2일 페루 영공을 침범했다고 페루 국방부가 밝혔다.",
])
def test_airspace_violation_mobilizes(text):
    events = read(text)
    assert_act(events, "REJECT", set(), None, None)
    assert_act(events, "MOBILIZE", {"CHL"}, None, OCC)


def test_treaty_violation_stays_reject():
    assert_act(read("Peru violated the fisheries treaty with Chile, Chile said."), "REJECT", {"PER"}, None, OCC)


# 2. 'opposes and condemns': one ACCUSE
@pytest.mark.parametrize("text", [
    "Peru firmly opposes and strongly condemns Chile's rocket launch, the foreign ministry said.",
    "Peru opposes and condemns Chile's deployment of warships near the coast.",
])
def test_paired_condemnation_is_one_accuse(text):
    events = read(text)
    assert_act(events, "REJECT", set(), None, None)
    assert_act(events, "ACCUSE", {"PER"}, {"CHL"}, OCC)


@pytest.mark.parametrize("text", [
    "Peru opposes and condemns Chile's proposal on the fishing quotas.",
    "Peru opposed Chile's plan and condemned its drills.",
])
def test_opposed_proposal_stays_reject(text):
    assert_act(read(text), "REJECT", {"PER"}, None, OCC)


# 3. a possessive weekday after 'under/after/since': a past occasion
MONDAY = date(2026, 11, 30)


@pytest.mark.parametrize("text, day", [
    ("Under Sunday's agreement, Peru will accept 200 refugees from Chile.", date(2026, 11, 29)),
    ("Under Saturday's deal, Chile will accept 300 migrants from Peru.", date(2026, 11, 28)),
    ("일요일 합의에 따라 페루는 칠레 난민 200명을 수용할 예정이다.", date(2026, 11, 29)),
    ("Peru will sign the agreement with Chile on Sunday.", date(2026, 12, 6)),
])
def test_possessive_weekday_after_preposition(text, day):
    events = read(text, MONDAY)
    assert events and events[0].date == day, [(e.type, e.date) for e in events]


# 4. 'release citizens detained there': the detention describes the citizens
@pytest.mark.parametrize("text", [
    "Peru called on Chile to release Peruvian citizens detained there.",
    "Peru urged Chile to free the fishermen held there since March.",
    "페루는 칠레에 그곳에 억류된 페루 국민들을 석방하라고 촉구했다.",
])
def test_place_participle_is_no_detention(text):
    events = read(text)
    assert_act(events, "COERCE", set(), None, None)
    assert_act(events, "REQUEST", {"PER"}, {"CHL"}, OCC)


def test_own_object_detention_stays():
    assert_act(read("Chile detained three Peruvian sailors there on Monday."), "COERCE", {"CHL"}, None, OCC)
