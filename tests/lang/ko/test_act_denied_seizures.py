"""shelve53: a seizure of land said to be impossible in answer to a claim ('다른 나라를 병합할 수는 없다') is the speaker's
REJECT of the claimant told before, never of the land; with no claim told, or told as a fact ('병합하지 않았다'), it is no
refusal."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text, owner, claimant", [
    ("러시아는 조지아에 압하지야를 넘기라고 요구했다. 조지아 대통령은 어떤 나라도 다른 나라를 병합할 수는 없다고 말했다.",
     "GEO", "RUS"),
    ('중국은 일본에 섬을 넘기라고 요구했다. 일본 총리는 "당신들은 다른 나라를 빼앗을 수 없다"고 강조했다.', "JPN", "CHN"),
    ("터키는 그리스에 섬을 넘기라고 요구했다. 그리스 외무장관은 터키가 그 섬을 병합할 수 없다고 밝혔다.", "GRC", "TUR"),
])
def test_seizure_called_impossible_refuses_the_claimant(text, owner, claimant):
    events = read(text)
    assert_act(events, "REJECT", {owner}, {claimant}, "occurred")
    assert_act(events, "COERCE", set(), None, None)


@pytest.mark.parametrize("text", [
    "조지아 대통령은 어떤 나라도 다른 나라를 병합할 수는 없다고 말했다.",  # no claim told: no one refused
    "조지아 대통령은 러시아가 압하지야를 병합하지 않았다고 말했다.",  # a deed denied as a fact
])
def test_seizure_denied_without_a_claim_is_no_refusal(text):
    assert_act(read(text), "REJECT", set(), None, None)
