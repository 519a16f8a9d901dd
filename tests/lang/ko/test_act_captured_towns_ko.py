"""coerce57: a town, a height or a base taken ('마을 두 곳을 점령했다', '도시를 장악했다', '거점을 탈취했다') is fighting,
PLOVER ASSAULT, as English 'captured the town' is (scripts/data/ko_acts_cameo_spec.yaml, cameo 190 row); with no other
state named, the state whose forces or armed groups took it receives it (lang/ko/reading_acts marks it captured_town,
pipeline/own_people.captured_own_town). An island or land taken stays COERCE seize; power or a chamber taken is no
capture of a town. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2025, 10, 14)


def read(text: str):
    return extract_text(text, published=DAY).events


TAKEN = [  # (sentence, type, actors, recipients, status)
    ("모잠비크 반군은 지난 12일 서부 마을 두 곳을 점령했다.", "ASSAULT", {"MOZ"}, {"MOZ"}, "occurred"),
    ("카메룬 분리주의 무장세력이 지난 주말 북서부 거점을 탈취했다.", "ASSAULT", {"CMR"}, {"CMR"}, "occurred"),
    ("아르메니아군이 아제르바이잔 남부의 도시를 장악했다.", "ASSAULT", {"ARM"}, {"AZE"}, "occurred"),
    ("미얀마 반군이 동부의 요충지를 장악했다.", "ASSAULT", {"MMR"}, {"MMR"}, "occurred"),
]

NOT_TAKEN = [  # (sentence, type that must not appear)
    ("중국 해경은 베트남이 관리하던 섬을 장악했다.", "ASSAULT"),  # an island: COERCE seize
    ("콜롬비아 여당이 의회를 장악했다.", "ASSAULT"),  # a chamber won: no force
    ("모잠비크 반군은 서부 마을을 점령하지 못했다.", "ASSAULT"),  # negated
]


@pytest.mark.parametrize("text, type_, actors, recipients, status", TAKEN)
def test_town_taken_is_an_assault_on_its_state(text, type_, actors, recipients, status):
    assert_act(read(text), type_, actors, recipients, status)


@pytest.mark.parametrize("text, absent", NOT_TAKEN)
def test_no_town_taken_no_assault(text, absent):
    assert absent not in {e.type for e in read(text) if e.status == "occurred"}


def test_island_taken_stays_a_seizure():
    assert_act(read("중국 해경은 베트남이 관리하던 섬을 장악했다."), "COERCE", {"CHN"}, {"VNM"}, "occurred", mode="seize")
