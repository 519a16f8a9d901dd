"""Verbs of aiming or striking that close a quotation are criticism (koacts46), with sentences of our own.

'"..."라며 B를 겨냥했다', 'B가 ...하고 있다고 직격했다', '...고 B를 저격했다': the speaker's ACCUSE (disapprove) at the
object, or at the reported clause's subject; English 'took aim at B', 'hit out at B' read the same (guard rows).
Reported criticism with the press register's verbs of CAMEO 111 ('쏘아붙였다', '몰아세웠다') is ACCUSE too. With no
quotation before it, an aiming verb is no criticism and a striking verb keeps its force sense.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 9)


def events(text: str, kind: str):
    return [e for e in extract_text(text, published=DAY).events if e.type == kind]


def aimed(found, actor: str, recipient: str) -> bool:
    return any({p.country for p in e.participants} == {actor} and recipient in {p.country for p in e.recipients}
               and e.mode == "disapprove" for e in found)


@pytest.mark.parametrize("text", [
    '에콰도르 외교장관은 "콜롬비아가 국경 지역의 불안을 키우고 있다"며 콜롬비아를 겨냥했다.',
    '에콰도르 외교장관은 난민 문제를 거론하며 "이웃 나라가 책임을 떠넘겨서는 안 된다"고 콜롬비아를 겨냥했다.',
    "에콰도르 외교장관은 콜롬비아가 국경 지역의 불안을 키우고 있다고 직격했다.",
    '에콰도르 외교장관은 "콜롬비아 정부는 약속을 지켜야 한다"고 콜롬비아 정부를 저격했다.',
    "에콰도르 외교장관은 콜롬비아가 국경 지역의 불안을 키우고 있다고 공격했다.",
    '에콰도르 외교장관은 "국경 통제를 풀라"며 콜롬비아를 정조준했다.',
    "에콰도르 외교장관은 콜롬비아가 국경 지역의 불안을 키우고 있다고 쏘아붙였다.",
    "에콰도르 외교장관은 콜롬비아가 국경 지역의 불안을 키우고 있다고 몰아세웠다.",
    "Ecuador's foreign minister took aim at Colombia, saying it was fuelling unrest on the border.",
    "Ecuador's foreign minister hit out at Colombia, saying it was fuelling unrest on the border.",
])
def test_aiming_verb_closing_a_quote_is_criticism(text):
    found = events(text, "ACCUSE")
    assert aimed(found, "ECU", "COL"), found
    assert not events(text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "에콰도르 외교장관은 콜롬비아를 겨냥한 제재를 검토하고 있다고 밝혔다.",
    "에콰도르의 미사일은 콜롬비아 수도를 겨냥하고 있다.",
])
def test_aim_without_a_quote_is_no_criticism(text):
    assert not events(text, "ACCUSE")


def test_strike_without_a_quote_keeps_its_force():
    text = "에콰도르군은 콜롬비아 반군 기지를 공격했다."
    assert events(text, "ASSAULT") and not events(text, "ACCUSE")


@pytest.mark.parametrize("text", [
    '에콰도르 외교장관은 "이웃 나라가 반군을 비호해서는 안 된다"며 콜롬비아를 겨냥했다.',
    '에콰도르 외교장관은 "콜롬비아는 국경을 봉쇄해서는 안 된다"고 콜롬비아를 직격했다.',
])
def test_what_the_quote_forbids_is_no_act(text):
    found = extract_text(text, published=DAY).events
    assert aimed([e for e in found if e.type == "ACCUSE"], "ECU", "COL"), found
    assert not [e for e in found if e.type in ("SUPPORT", "COERCE")], found
