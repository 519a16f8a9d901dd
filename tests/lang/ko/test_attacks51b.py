"""enattack51b (issues 13, 14): the Korean twins of tests/lang/en/test_attacks51b.py, which Korean read so already: a
state's forces ('러시아군') are its armed forces (MIL); a village attacked near a town ('X 인근의 마을') is the town's
state's people (CVL). Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import check_class_row, events, first_of

PUBLISHED = "2026-03-12"  # events()'s default day
ROWS = [  # (sentence, acting (state, sector) pairs among the actors, receiving (state, sector) pairs exactly)
    ("러시아군이 오데사 인근의 마을을 공격했다.", {("RUS", "MIL")}, {("UKR", "CVL")}),
    ("러시아군이 하르키우 인근의 마을을 포격했다.", {("RUS", "MIL")}, {("UKR", "CVL")}),
    ("튀르키예군이 시리아 농민 2명을 살해했다.", {("TUR", "MIL")}, {("SYR", "AGR")}),
]


@pytest.mark.parametrize("text, acting, receiving", ROWS)
def test_attack_sides(text, acting, receiving):
    check_class_row(text, PUBLISHED, "ASSAULT", acting, receiving)


def test_modifier_attackers_twin():
    """'반군의 공격으로 말리 의원 2명이 숨졌다': the Korean owner of the attack names the attackers, as the English
    modifier ('killed in a rebel attack') now does."""
    first = first_of(events("반군의 공격으로 말리 의원 2명이 숨졌다."), type="ASSAULT")
    assert ("MLI", "REB") in {(p.country, p.sector) for p in first.participants}


@pytest.mark.parametrize("text", ["수단 반군이 정부를 공격했다.", "(캄팔라=연합뉴스) 반군이 정부를 공격했다."])
def test_government_attacked_twin(text):
    """The twins of 'Sudanese rebels attacked the government.' (a sentence ending at the object): a fight."""
    first = first_of(events(text), type="ASSAULT")
    assert ("GOV" in {r.sector for r in first.recipients})
