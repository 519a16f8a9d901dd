"""(kodeed47) A reflexive state word before a state's force noun ('자국 군대가', '자국군이', '자국 해군 함정을') names the
forces of the state its sentence's topic names, as '우리 해군' names the writer's: the side
is that state's MIL (or COP), not the speaking ministry's GOV. Negative rows: no state named before the word, a noun
that is no force ('자국 기업'), and the writer's own '우리' left as it was.
"""
from __future__ import annotations

import pytest

from tests.event_sides import sector_sides

ROWS = [  # (sentence, type, (country, sector) that must act, (country, sector) that must receive, or None)
    ("튀르키예 국방부는 자국 군대가 이라크 북부의 반군 거점을 공격했다고 밝혔다.", "ASSAULT", ("TUR", "MIL"), None),
    ("이집트 외교부는 자국군이 리비아 민병대를 공격했다고 밝혔다.", "ASSAULT", ("EGY", "MIL"), None),
    ("이란은 미국 해군이 자국 해군 함정을 공격했다고 비난했다.", "ASSAULT", ("USA", "MIL"), ("IRN", "MIL")),
    ("인도 정부는 자국 경찰이 시위 참가자들을 체포했다고 밝혔다.", "COERCE", ("IND", "COP"), None),
]


@pytest.mark.parametrize("sentence, kind, actor, recipient", ROWS)
def test_reflexive_force_is_the_subjects_state(sentence, kind, actor, recipient):
    acting, receiving = sector_sides(sentence, kind)
    assert actor in acting, (acting, receiving)
    if recipient is not None:
        assert recipient in receiving, (acting, receiving)


NEGATIVES = [  # (sentence, type, a (country, sector) that must be on no side)
    ("튀르키예 정부는 자국 기업이 이라크 북부에서 무장세력에게 공격받았다고 밝혔다.", "ASSAULT", ("TUR", "MIL")),
    ("튀르키예 국방부는 자국 군대가 이라크 북부의 반군 거점을 공격했다고 밝혔다.", "ASSAULT", ("TUR", "GOV")),
]


@pytest.mark.parametrize("sentence, kind, side", NEGATIVES)
def test_reflexive_word_names_no_force_here(sentence, kind, side):
    from tests.event_sides import events
    found = [e for e in events(sentence) if e.type == kind]
    assert all(side not in {(p.country, p.sector) for p in e.participants} for e in found)


def test_reflexive_force_with_no_state_before_names_none():
    from tests.event_sides import events
    found = [e for e in events("자국 군대가 이라크 북부의 반군 거점을 공격했다.") if e.type == "ASSAULT"]
    assert all(p.country != "TUR" for e in found for p in e.participants)
