"""A hostile measure said to be possible under the refusal of a demand is a threat at the one asked (threat60;
lang/ko/act_conditions), with sentences of our own.

'B가 ...을 멈추지 않으면 ...을 금지할 수 있다고 밝혔다': PLOVER's THREATEN ("a statement of intent to take a negative
action against another actor") made as it is said, aimed at the condition's subject; the same possibility under a
condition that asks nothing ('B가 ...하면') stays what it was, and a measure that is no hostility is no threat.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text, actor, recipient", [
    ("이집트는 수단이 국경 봉쇄를 멈추지 않으면 수단산 면화 수입을 금지할 수 있다고 밝혔다.", "EGY", "SDN"),
    ("터키는 그리스가 군사 훈련을 중단하지 않으면 그리스 대사를 추방할 수 있다고 경고했다.", "TUR", "GRC"),
    ("칠레 정부는 페루가 어선 억류를 풀지 않을 경우 페루산 수입품에 관세를 부과할 수 있다고 말했다.", "CHL", "PER"),
])
def test_possible_measure_under_a_refused_demand_is_a_threat(text, actor, recipient):
    events = read(text)
    assert_act(events, "THREATEN", {actor}, {recipient}, "occurred")
    assert_act(events, "SANCTION", set(), None, None)


@pytest.mark.parametrize("text, kind", [
    ("이집트는 수단이 국경을 봉쇄하면 수단산 면화 수입을 금지할 수 있다고 밝혔다.", "SANCTION"),
    ("이집트는 수단이 국경 봉쇄를 멈추면 수단에 대한 제재를 해제할 수 있다고 밝혔다.", "RETREAT"),
])
def test_possibility_without_a_refused_demand_is_no_threat(text, kind):
    events = read(text)
    assert_act(events, "THREATEN", set(), None, None)
    assert any(e.type == kind for e in events), [e.type for e in events]
