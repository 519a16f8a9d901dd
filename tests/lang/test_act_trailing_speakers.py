"""kospeaker68: a speaker named after the reported clause ('...공습했다고 A 국방부가 주장했다') is the clause's
accuser as when named before it: the Korean verb of saying may follow the '-다고' clause with its own subject in
between (lang/ko/act_trailing_speakers.past_trailing_speaker, read by act_verdict_complements.saying_verb), as English puts the
speaker last ('..., A claimed', enclaims68). Our own sentences, both languages in one table; negatives: a neutral
deed, a negated claim, a plain verb of saying over a deed of force, a clause after the subject that is no saying."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, countries

DAY = date(2026, 4, 9)

TRAILING = [
    "칠레군이 국경 초소를 공습했다고 페루 정부가 주장했다.",
    "칠레군이 국경 초소를 공습했다고 페루 국방부 대변인이 9일 주장했다.",
    "칠레군이 국경 초소를 공습했다고 페루 국방부는 거듭 주장했다.",
    "Chilean jets bombed a frontier outpost overnight, Peru claimed.",
]

# no accusation: a deed no wrong, the claim negated, a plain 'said' of force (a fact, as when the speaker leads),
# a subject after the clause whose verb says nothing
NOT_TRAILING = [
    "칠레군이 국경 초소를 방문했다고 페루 정부가 주장했다.",
    "칠레군이 국경 초소를 공습했다고 페루 정부가 주장하지 않았다.",
    "칠레군이 국경 초소를 공습했다고 페루 정부가 밝혔다.",
    "칠레군이 국경 초소를 공습했다고 알려진 뒤 페루 정부가 병력을 보냈다.",
    "Chilean officers toured a frontier outpost on Tuesday, Peru claimed.",
]


@pytest.mark.parametrize("text", TRAILING)
def test_trailing_speaker_accuses_the_clause_subject(text):
    evs = extract_text(text, published=DAY).events
    assert_act(evs, "ACCUSE", {"PER"}, {"CHL"}, "occurred", "allege")
    deeds = [e for e in evs if e.type == "ASSAULT"]
    assert deeds and "PER" not in countries(deeds[0].participants) - countries(deeds[0].recipients), \
        [(e.type, countries(e.participants), countries(e.recipients)) for e in evs]


@pytest.mark.parametrize("text", NOT_TRAILING)
def test_no_accusation_without_a_trailing_claim(text):
    assert_act(extract_text(text, published=DAY).events, "ACCUSE", set(), None, None)
