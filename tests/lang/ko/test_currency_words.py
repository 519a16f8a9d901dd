"""(meetset71) '통화' is a phone call as a word of its own ('통화했다', '전화통화를', '통화에서'), not the currency of a
compound ('국제통화기금', '통화스와프', '통화정책'): the lexicon's phone_re and meeting_trigger_re read it so. A meeting
with the International Monetary Fund named in Korean is held in person unless a call word says otherwise."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def consult_modes(text: str) -> list[str | None]:
    return [e.mode for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "케냐 재무장관은 국제통화기금과 협의했다.",
    "케냐 재무장관은 국제통화기금과의 회담에서 재정 적자가 줄 것이라고 말했다.",
])
def test_the_monetary_fund_is_no_phone_call(text):
    modes = consult_modes(text)
    assert modes and "phone" not in modes, events(text)


@pytest.mark.parametrize("text", [
    "케냐와 탄자니아는 통화스와프 계약을 연장했다.",
    "케냐 중앙은행은 통화정책 회의를 열었다.",
])
def test_a_currency_compound_is_no_call(text):
    assert "phone" not in consult_modes(text), events(text)


@pytest.mark.parametrize("text", [
    "케냐 대통령은 탄자니아 대통령과 통화했다.",
    "케냐 대통령은 탄자니아 대통령과 전화통화를 했다.",
    "케냐 대통령은 탄자니아 대통령과 전화 통화를 했다.",
    "케냐 대통령은 탄자니아 대통령과의 통화에서 어업 협력을 논의했다.",
])
def test_a_call_is_still_a_call(text):
    assert "phone" in consult_modes(text), events(text)
