"""Region collectives as actors (first read by plover47), with sentences of our own:

1. a region collective ('European leaders', 'several Western governments', 'Arab foreign ministers', '유럽 정상들은',
   '서방 국가들은') names several states of a region with no body and no fixed list: Europe's EUR (Phoenix's region
   codes, of which readout's codes hold EUR only; lang/region_bodies.py, lexicon `region_group_re`); any other
   region's names no actor (IGO is an organization's code, not a collective's); after a preposition it is no subject. 'the Gulf states' ('걸프 국가들') are the six states of the
   Gulf Cooperation Council's charter, a grouping coded as its members (data/groupings.yaml). A grouping or collective
   followed by the states it means ('Gulf states, including Qatar and Oman, urged'; lexicon members_named_after_re),
   or heading a list of them ('칠레와 캐나다 등 서방 국가들은'; members_named_before_re), acts as those states only.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, events_of

OCC = "occurred"
DAY = date(2026, 3, 4)
GULF = {"BHR", "KWT", "OMN", "QAT", "SAU", "ARE"}


def read(text: str):
    return events_of(extract_text(text, published=DAY))


# 1. region collectives
@pytest.mark.parametrize("text, type_, actors, recipients", [
    ("European leaders condemned Peru's missile launch on Monday.", "ACCUSE", {"EUR"}, {"PER"}),
    ("유럽 정상들은 3일 페루의 미사일 발사를 규탄했다.", "ACCUSE", {"EUR"}, {"PER"}),
    ("Gulf states threatened to cut oil supplies to Chile.", "THREATEN", GULF, {"CHL"}),
    ("걸프 국가들이 칠레에 대한 석유 공급 중단을 경고했다.", "THREATEN", GULF, {"CHL"}),
])
def test_region_collective_acts(text, type_, actors, recipients):
    assert_act(read(text), type_, actors, recipients, OCC)


@pytest.mark.parametrize("text", [
    "Several Western governments imposed sanctions on Peru.",
    "서방 국가들은 페루에 제재를 부과했다.",
    "Arab foreign ministers rejected Chile's proposal on Tuesday.",
    "아프리카 정상들은 칠레의 제안을 거부했다.",
])
def test_region_collective_with_no_code_names_no_actor(text):
    assert not any({p.country for p in e.participants} & {"IGO", "EUR"} for e in read(text))


@pytest.mark.parametrize("text", [
    "Peru accused several European governments of meddling in its election.",
    "페루는 유럽 정부들이 선거에 개입했다고 비난했다.",
])
def test_region_collective_after_a_verb_is_the_recipient(text):
    events = read(text)
    assert_act(events, "ACCUSE", {"PER"}, None, OCC)
    accuse = next(e for e in events if e.type == "ACCUSE")
    assert {p.country for p in accuse.recipients} & {"IGO", "EUR"}


@pytest.mark.parametrize("text, actors", [
    ("Western governments, including Canada and Norway, condemned Peru's missile launch.", {"CAN", "NOR"}),
    ("Gulf states, among them Kuwait and Bahrain, urged Peru to release the sailors.", {"KWT", "BHR"}),
    ("칠레와 캐나다 등 서방 국가들은 페루의 미사일 발사를 규탄했다.", {"CHL", "CAN"}),
])
def test_collective_with_its_states_named_acts_as_those_states(text, actors):
    events = read(text)
    act = next(e for e in events if e.type in ("ACCUSE", "REQUEST"))
    assert {p.country for p in act.participants} == actors
