"""(force59) A fighting noun that refers back ('the fighting', 'the clashes'; '교전은', '충돌이') and is the subject or
topic of a verb of ending ('stopped', 'ended', 'halted'; '멈췄다', '끝났다') tells the end of the fighting the story told,
no fight of that day (lang/en/act_definite.ended_fights, lang/ko/act_halted.ended_fights). Our own sentences, one table
for both languages."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 12)


def assaults(text: str) -> list:
    return [e for e in extract_text(text, published=DAY).events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "The fighting between Chad and Niger stopped on Tuesday when both sides agreed to an Algerian-brokered truce.",
    "The clashes ended after Algeria brokered a truce between Chad and Niger on Tuesday.",
    "차드와 니제르의 교전은 지난 10일 알제리의 중재로 휴전에 합의하면서 완전히 멈췄다.",
    "베냉과 토고 국경의 무력 충돌은 사흘 만인 지난 9일 끝났다고 현지 언론이 전했다.",
])
def test_the_end_of_fighting_is_no_fight(text):
    assert not assaults(text)


@pytest.mark.parametrize("text", [
    "Chadian troops clashed with Nigerien forces near the border on Tuesday.",
    "The fighting between Chad and Niger intensified on Tuesday and the shelling stopped only at dawn.",
    # '교전은 이어졌고 양측은 협상을 끝냈다': the verb of ending has another subject; the fighting went on
    "차드와 니제르의 교전은 나흘째 이어졌고 양측 대표단은 휴전 협상을 끝냈다.",
])
def test_fighting_that_took_place_stays(text):
    assert assaults(text)


def test_fighting_told_before_its_end_stays():
    text = "차드군과 니제르군은 지난 7일 국경에서 교전을 벌였다. 양국의 교전은 지난 10일 휴전에 합의하면서 멈췄다."
    found = assaults(text)
    assert [str(e.date) for e in found] == ["2026-03-07"], [(e.date, e.type) for e in found]
