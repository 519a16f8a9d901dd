"""stance52: a land said not to be had ('그 섬은 판매 대상이 아니다', '팔 물건이 아니다', '매물이 아니다') and a yield of land
refused as a pledge ('결코 양도하지 않겠다') are the speaker's REJECT of the side whose demand or offer was told before,
never of the land (lang/ko/act_unsold_land.py, act_clauses.refusal's land_yield_verb, pipeline/act_claimed_land).
Sentences of our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text, owner, claimant", [
    ('러시아는 노르웨이에 스발바르 제도를 넘기라고 요구했다. 노르웨이 총리는 "스발바르는 판매 대상이 아니다"라고 말했다.',
     "NOR", "RUS"),
    ("러시아는 노르웨이에 섬을 팔라고 요구했다. 노르웨이 총리는 섬은 팔 물건이 아니라고 말했다.", "NOR", "RUS"),
    ("튀르키예는 그리스에 섬을 넘기라고 요구했다. 그리스 외무장관은 그 섬은 매물이 아니라고 반박했다.", "GRC", "TUR"),
    ("러시아는 노르웨이에 섬을 넘기라고 요구했다. 노르웨이 총리는 섬을 결코 양도하지 않겠다고 말했다.", "NOR", "RUS"),
    ('미국은 파나마에 운하를 넘기라고 요구했다. 파나마 대통령은 "파나마는 판매 대상이 아니다"라고 말했다.', "PAN", "USA"),
    ('러시아는 노르웨이에 섬을 넘기라고 요구했다. 노르웨이 총리는 "스발바르는 스발바르 주민들의 것"이라며 '
     '"스발바르는 팔 물건도, 빼앗을 대상도 아니다"라고 말했다.', "NOR", "RUS"),
])
def test_land_not_to_be_had_refuses_the_claimant(text, owner, claimant):
    assert_act(read(text), "REJECT", {owner}, {claimant}, "occurred")


@pytest.mark.parametrize("text", [
    "노르웨이 총리는 그 섬이 판매 대상이 아니라고 말했다.",  # no claimant told: no one refused
    "노르웨이는 1920년 섬을 스웨덴에 양도했다.",  # a cession told, not refused
    "정부는 이 건물이 판매 대상이라고 밝혔다.",  # not negated
    "노르웨이 정부는 스발바르가 판매 대상이 아니라는 입장을 분명히 하면서도 러시아와의 협력은 확대할 수 있다고 밝혀 왔다.",
])
def test_no_claimant_or_no_refusal_is_no_rejection(text):
    assert_act(read(text), "REJECT", set(), None, None)
