"""(sanction59) An accord's force or its carrying out suspended is the accord suspended (lang/ko/act_validity.py):
'조약의 효력을 중단했다' reads as '조약을 중단했다', SANCTION discontinue on the accord's other party; a law's force
suspended by a court names no accord and is no measure on another state. And a border closed 'between the two
countries' (lang/ko/act_borders.between_pair) faces the story's other state. Sentences are our own."""
from __future__ import annotations

import pytest

from tests.lang.ko.act_rows import check


@pytest.mark.parametrize("text, expected", [
    ("말레이시아 정부는 4일 인도네시아와의 어업 조약의 효력을 중단했다.", [("SANCTION", {"MYS"}, {"IDN"}, "occurred")]),
    ("케냐는 우간다와 맺은 철도 협정 효력을 정지하기로 했다.", [("SANCTION", {"KEN"}, {"UGA"}, "planned")]),  # future53
    ("라오스 정부는 베트남과의 수자원 협약의 이행을 중단했다고 밝혔다.", [("SANCTION", {"LAO"}, {"VNM"}, "occurred")]),
    # a court suspending a law's force: no accord, no measure on a state
    ("말레이시아 대법원은 4일 개정 선거법의 효력을 정지했다.", [("SANCTION", set(), None, None)]),
    # a force resumed is no suspension
    ("말레이시아 정부는 인도네시아와의 어업 조약의 효력을 되살렸다.", [("SANCTION", set(), None, None)]),
])
def test_an_accords_force_suspended_is_the_accord_suspended(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("세네갈은 감비아가 밀수를 방치했다고 비난했다. 세네갈은 6일 두 나라 사이의 국경을 폐쇄했다.",
     [("SANCTION", {"SEN"}, {"GMB"}, "occurred")]),
    ("보츠와나와 나미비아의 갈등이 커지고 있다. 보츠와나는 양국 간 국경 검문소 두 곳을 폐쇄했다.",
     [("SANCTION", {"BWA"}, {"NAM"}, "occurred")]),
    # no pair word: a border sealed toward all stays COERCE restrict
    ("세네갈은 6일 모든 국경을 폐쇄했다.", [("SANCTION", set(), None, None), ("COERCE", {"SEN"}, set(), "occurred")]),
])
def test_a_border_between_the_two_countries_faces_the_other_state(text, expected):
    check(text, expected)
