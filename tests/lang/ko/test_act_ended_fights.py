"""(force59) A fighting noun that is the subject or topic of a verb of ending ('교전은 ... 멈췄다', '충돌이 끝났다')
tells the end of the fighting the story told, no fight of that day (lang/ko/act_halted.ended_fights). Our own
sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 12)

ENDED = [
    "차드와 니제르의 교전은 지난 10일 알제리의 중재로 휴전에 합의하면서 완전히 멈췄다.",
    "가이아나와 수리남 국경의 무력 충돌은 사흘 만인 지난 9일 끝났다고 현지 언론이 전했다.",
]


@pytest.mark.parametrize("text", ENDED)
def test_the_end_of_fighting_is_no_fight(text):
    assert not [e for e in extract_text(text, published=DAY).events if e.type == "ASSAULT"]


def test_fighting_told_before_its_end_stays():
    text = "차드군과 니제르군은 지난 7일 국경에서 교전을 벌였다. 양국의 교전은 지난 10일 휴전에 합의하면서 멈췄다."
    found = [e for e in extract_text(text, published=DAY).events if e.type == "ASSAULT"]
    assert [str(e.date) for e in found] == ["2026-03-07"], [(e.date, e.type) for e in found]


def test_fighting_that_goes_on_stays():
    """'교전은 이어졌고 양측은 협상을 끝냈다': the verb of ending has another subject; the fighting went on."""
    text = "차드와 니제르의 교전은 나흘째 이어졌고 양측 대표단은 휴전 협상을 끝냈다."
    assert [e for e in extract_text(text, published=DAY).events if e.type == "ASSAULT"]
