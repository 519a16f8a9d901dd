"""A price foretold for a named side (kofut45), with sentences of our own.

'"B는 비싼 대가를 치러야 할 것"이라고 말했다', 'B가 대가를 치르게 될 것이라고 밝혔다': with a neutral saying verb the
speaker threatens B, the subject of 치르다 (PLOVER THREATEN), as English 'B will have to pay a heavy price' reads
(guard row). The speaker's own side paying ('우리는'), or a price already paid, threatens no one.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 5, 20)


def threats(text: str):
    return [e for e in extract_text(text, published=DAY).events if e.type == "THREATEN"]


@pytest.mark.parametrize("text", [
    '아제르바이잔 국방장관은 "아르메니아는 매우 비싼 대가를 치러야 할 것"이라고 말했다.',
    "아제르바이잔 국방장관은 아르메니아가 혹독한 대가를 치르게 될 것이라고 밝혔다.",
    '아제르바이잔 국방장관은 "아르메니아는 대가를 치를 것"이라고 경고했다.',
    "Azerbaijan's defence minister said Armenia will have to pay a heavy price.",
])
def test_price_foretold_threatens_its_payer(text):
    found = threats(text)
    assert any({p.country for p in e.participants} == {"AZE"} and {p.country for p in e.recipients} == {"ARM"}
               for e in found), found


@pytest.mark.parametrize("text", [
    '아제르바이잔 국방장관은 "우리는 대가를 치러야 한다"고 말했다.',
])
def test_own_side_paying_threatens_no_one(text):
    assert not threats(text)


@pytest.mark.parametrize("text", [
    '아제르바이잔 국방장관은 "우리 국민은 이미 혹독한 대가를 치렀다"고 아르메니아를 비판했다.',
    '아제르바이잔 국방장관은 "우리 국민은 아르메니아의 봉쇄로 비싼 대가를 치르고 있다"고 비판했다.',
    "아제르바이잔 국방장관은 아르메니아가 전쟁으로 큰 대가를 치르게 됐다고 말했다.",
    "Azerbaijan's defence minister criticized Armenia, saying his people had already paid a heavy price.",
    "Azerbaijan's defence minister said Armenia was paying a heavy price for the war.",
])
def test_price_already_paid_threatens_no_one(text):
    """koacts46: a price paid or being paid is a loss suffered; under a criticism it took the criticism's target."""
    assert not threats(text)


@pytest.mark.parametrize("text", [
    "아제르바이잔 국방장관은 아르메니아에 반드시 대가를 치르게 하겠다고 밝혔다.",
    '아제르바이잔 국방장관은 "아르메니아의 도발은 반드시 대가를 치를 것"이라고 경고했다.',
])
def test_price_still_to_pay_stays_a_threat(text):
    assert any("ARM" in {p.country for p in e.recipients} for e in threats(text))
