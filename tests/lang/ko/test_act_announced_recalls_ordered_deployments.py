"""Announced envoy recalls and forces ordered deployed (threat54), with sentences of our own.

1. '대사를 소환하겠다고 밝혔다', '단교하겠다고 발표했다': a state's own envoy called home or its ties cut, said of the
   future, is the measure announced (SANCTION), not a THREATEN (cue envoy_noun; a diplomatic SANCTION discontinue, as
   en's announced_measures); with a condition ('...하지 않으면') it still threatens, and so does a trade measure
   under a verb of threatening (charges52: said plainly, it is announced as well).
2. '병력 배치를 명령했다', '국경에 군 병력 투입을 지시했다': an order whose object is a deployment of forces
   (deployment_noun after a troop_noun) is the orderer's MOBILIZE, aimed at the state marked 에, not a REQUEST.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.event_sides import check_announced_sanction

DAY = date(2026, 2, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


def sides(e):
    return {p.country for p in e.participants}, {p.country for p in e.recipients}


@pytest.mark.parametrize("text", [
    "우루과이 정부는 9일 파라과이 주재 대사를 소환하겠다고 밝혔다.",
    "우루과이 외무장관은 9일 파라과이 주재 대사를 이번 주 안에 소환할 것이라고 말했다.",
    "우루과이는 9일 파라과이와 외교관계를 끊겠다고 발표했다.",
    "우루과이 정부는 9일 파라과이와 단교하겠다고 밝혔다.",
    # charges52 (moved on purpose from the threats below): a trade measure said plainly is announced too, as English
    # 'said it would impose tariffs on X' (en announced_measures SANCTION=discontinue)
    "우루과이는 9일 파라과이산 수입품에 관세를 부과하겠다고 밝혔다.",
])
def test_announced_recall_is_no_threat(text):
    check_announced_sanction(read(text), "URY", "PRY")


@pytest.mark.parametrize("text", [
    "우루과이는 파라과이가 억류한 기자들을 석방하지 않으면 대사를 소환하겠다고 경고했다.",
    "우루과이는 파라과이가 억류한 기자들을 석방하지 않으면 외교관계를 끊겠다고 밝혔다.",
    "우루과이는 9일 파라과이산 수입품에 관세를 부과하겠다고 위협했다.",
])
def test_conditional_recall_or_trade_measure_still_threatens(text):
    found = read(text)
    assert any(e.type == "THREATEN" and sides(e) == ({"URY"}, {"PRY"}) for e in found), found


@pytest.mark.parametrize("text, recipient", [
    ("아프리카연합은 9일 기니에 대기군 배치를 명령했다.", {"GIN"}),
    ("케냐 대통령은 9일 소말리아 국경에 병력 증강을 지시했다.", {"SOM"}),
    ("케냐 대통령은 9일 북부 지역에 군 병력 투입을 명령했다.", set()),
    # (request56) a compound ending in a force noun, and a run glossed in quotes and a foreign word
    ("남아프리카개발공동체는 모잠비크에 평화유지군 배치를 명령했다.", {"MOZ"}),
    ("남아프리카개발공동체는 모잠비크에 '신속대응군'(rapid response force) 파견을 명령했다.", {"MOZ"}),
])
def test_ordered_deployment_is_mobilize(text, recipient):
    found = read(text)
    assert not [e for e in found if e.type == "REQUEST"], found
    assert any(e.type == "MOBILIZE" and sides(e)[1] == recipient for e in found), found


def test_ordered_inquiry_is_no_mobilize():
    found = read("케냐 대통령은 9일 국방부에 사건 조사를 지시했다.")
    assert not [e for e in found if e.type == "MOBILIZE"], found


# The ultimatum's '필요한 (모든) 조치' pledged of the future threatens as '추가 조치' does (kofut45, cue
# pledged_measure_modifier 필요); told as taken, or aimed at no side, it is no threat.
KO_DEED = "차드군이 7일 카메룬 국경 마을을 포격했다. "


@pytest.mark.parametrize("text", [
    KO_DEED + "카메룬 정부는 필요한 모든 조치를 취하겠다고 밝혔다.",
    "카메룬은 9일 차드가 일주일 안에 병력을 철수하지 않으면 무력 사용을 포함한 모든 필요한 조치를 취할 것이라고 밝혔다.",
])
def test_pledged_necessary_measures_threaten(text):
    found = [e for e in read(text) if e.type == "THREATEN"]
    assert any(sides(e) == ({"CMR"}, {"TCD"}) for e in found), found


@pytest.mark.parametrize("text", [
    KO_DEED + "카메룬 정부는 주민 보호를 위해 필요한 조치를 취했다고 밝혔다.",
    "보건부는 전염병 확산을 막기 위해 필요한 모든 조치를 취하겠다고 밝혔다.",
])
def test_necessary_measures_taken_or_unaimed_are_no_threat(text):
    assert not [e for e in read(text) if e.type == "THREATEN"], read(text)
