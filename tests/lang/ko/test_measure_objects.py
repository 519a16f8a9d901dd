"""(sanction57) What a Korean measure affects: the class of its object (Language.measure_object, the lexicon's
`measure_object_re`), the object word nearest before the measure's verb within its clause ('국경 협정을 중단하고':
accord). Several measures of one state on one day that affect other things are several SANCTIONs; the same measure
told twice stays one. An accord suspended ('협정을 중단했다') is SANCTION discontinue, as English 'suspended the
accord'. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def measures(text: str) -> list[str]:
    return sorted(str(e.measure) for e in events(text) if e.type == "SANCTION")


@pytest.mark.parametrize("text, expected", [
    ("칠레는 5일 볼리비아와의 교역을 전면 중단하고 볼리비아 관리들의 비자를 취소했다.", ["trade", "visas"]),
    ("케냐는 4일 탄자니아산 제품의 수입을 중단하고 탄자니아와의 직항 노선 운항을 중지했다.", ["air", "trade"]),
    ("페루는 지난 3일 에콰도르와의 국경 협정을 중단하고 에콰도르에 대한 원조를 끊었다.", ["accord", "aid"]),
    ("칠레는 5일 볼리비아와의 교역을 중단했다. 칠레는 이날 볼리비아 관리들의 비자도 취소했다.", ["trade", "visas"]),
])
def test_measures_on_other_objects_are_each_a_sanction(text, expected):
    assert measures(text) == expected


@pytest.mark.parametrize("text", [
    "칠레는 5일 볼리비아와의 교역을 중단했다. 칠레 정부는 이날 볼리비아와의 모든 교역을 중단한다고 발표했다.",
    "칠레는 5일 볼리비아와의 국경과 국경 검문소를 폐쇄했다.",
])
def test_one_measure_told_twice_is_one_sanction(text):
    assert len(measures(text)) == 1, events(text)


@pytest.mark.parametrize("text", [
    "세네갈은 2일 감비아와의 어업 협정을 중단했다.",
    "세네갈은 2일 감비아와의 상호 방위 조약을 중지했다.",
    "세네갈은 2일 감비아와의 자유무역 협약을 파기했다.",
])
def test_an_accord_suspended_is_a_sanction(text):
    assert measures(text) == ["accord"], events(text)


def test_a_day_told_between_two_measures_is_the_later_ones():
    text = "칠레는 사건 직후 볼리비아와의 외교관계를 끊었고, 지난 7일 대사관 직원들을 철수시켰다."
    found = {e.measure: str(e.date) for e in events(text, "2026-03-12") if e.type == "SANCTION"}
    assert found.get("diplomats") == "2026-03-07" and found.get("relations") not in (None, "2026-03-07"), found
