"""Strikes declared, visas cancelled and a whole class of exchanges cut (sanction56), Korean sentences of our own.

1. '총파업을 선언했다': a strike declared is held (PROTEST strike, ko_acts_cameo_spec.yaml 143);
2. '비자를 취소했다', '비자 발급을 중단했다': a state's visas for another's nationals cancelled sanction that state (SANCTION
   discontinue), not the administrative restriction of CAMEO 172 that keeps papers taken from persons;
3. '모든 교역을 중단했다': a determiner of the whole class before the argument noun is no count with its unit
   (cue whole_determiner, lang/ko/act_arguments.argument_runs), so the pair is read.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text", [
    "나이지리아 노조는 11일 연료 보조금 삭감에 반대하며 총파업을 선언했다. 노조는 정부와의 협상이 결렬됐다고 밝혔다.",
    "볼리비아 광부들은 9일 무기한 파업을 선언했다. 광산 지역의 도로 곳곳이 막혔다.",
])
def test_strike_declared_is_protest_strike(text):
    found = [e for e in events(text) if e.type == "PROTEST"]
    assert found and all(e.mode == "strike" for e in found), events(text)


def test_strike_called_off_is_no_protest():
    text = "나이지리아 노조는 11일 정부와 합의한 뒤 총파업 계획을 철회했다. 노조 지도부가 이같이 발표했다."
    assert not [e for e in events(text) if e.type == "PROTEST" and e.mode == "strike"], events(text)


@pytest.mark.parametrize("text, actor, target", [
    ("리투아니아는 6일 벨라루스 국적자에게 발급된 비자를 모두 취소했다. 양국 관계는 최근 급격히 나빠졌다.", "LTU", "BLR"),
    ("에콰도르 정부는 9일 베네수엘라인에 대한 비자 발급을 중단한다고 밝혔다. 외무부가 성명을 냈다.", "ECU", "VEN"),
    ("세네갈은 10일 감비아와의 모든 교역을 중단했다. 양국 국경에서는 긴장이 높아지고 있다.", "SEN", "GMB"),
    ("세네갈은 10일 감비아에 대한 모든 원조를 동결했다. 양국 국경에서는 긴장이 높아지고 있다.", "SEN", "GMB"),
])
def test_measures_on_visas_and_whole_exchanges_sanction_the_state(text, actor, target):
    assert ([actor], [target]) in sides(text, "SANCTION"), events(text)


def test_visas_issued_are_no_sanction():
    text = "리투아니아는 6일 벨라루스 언론인들에게 인도적 비자를 발급했다. 외무부가 이같이 밝혔다."
    assert not sides(text, "SANCTION"), events(text)


@pytest.mark.parametrize("text, mode", [
    ("세네갈은 10일 자국 주재 감비아 대사를 추방하는 등 외교 관계를 격하했다. 외무부가 성명을 냈다.", "expel"),
    ("세네갈은 10일 감비아산 수입품에 대한 관세를 인상하는 등 보복에 나섰다. 외무부가 성명을 냈다.", "discontinue"),
])
def test_a_measure_listed_by_deung_is_taken(text, mode):
    """4. 'V-는 등 ...했다': the act listed by 등 is done as the clause it leads to says (lang/ko/adnominal_endings.read_adnominal)."""
    found = [e for e in events(text) if e.type == "SANCTION" and e.mode == mode]
    assert found and found[0].status == "occurred", events(text)
    assert ([p.country for p in found[0].participants], [r.country for r in found[0].recipients]) == (["SEN"], ["GMB"])


@pytest.mark.parametrize("text", [
    "세네갈은 10일 감비아 대사를 추방하는 등의 조치를 검토하고 있다고 밝혔다. 외무부가 성명을 냈다.",
    "세네갈 야당은 10일 정부에 감비아 대사를 추방하는 등 강경 대응을 하라고 촉구했다. 야당 대표가 회견을 열었다.",
])
def test_measures_listed_as_options_or_demands_are_not_taken(text):
    assert not [e for e in events(text) if e.type == "SANCTION" and e.status == "occurred"], events(text)
