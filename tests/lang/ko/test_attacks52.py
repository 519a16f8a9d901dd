"""enattack52 (issues 13, 14): the Korean twins of tests/lang/en/test_attacks52.py. The harmed a stateless armed
group named with its state's word killed ('말리 반군에 의해') are of that state unless their own words name another;
country words joined by '과'/'와' share the agent noun after the second ('미국과 네덜란드 군대가': both MIL), a
country's own form with a head noun ('미국 정부와') keeps its own; '에 대한 공습' read its town so already. Our own
sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import check_class_row, events, first_of

PUBLISHED = "2026-03-12"  # events()'s default day
ROWS = [  # (sentence, acting (state, sector) pairs among the actors, receiving (state, sector) pairs exactly)
    ("군인 2명이 말리 반군에 의해 살해됐다.", {("MLI", "REB")}, {("MLI", "MIL")}),
    ("한 경찰관이 소말리아 무장세력에 의해 살해됐다.", {("SOM", "REB")}, {("SOM", "COP")}),
    ("니제르 군인 2명이 말리 반군에 의해 살해됐다.", {("MLI", "REB")}, {("NER", "MIL")}),  # their own state
    ("말리 반군이 군인 1명을 살해했다.", {("MLI", "REB")}, {("MLI", "MIL")}),  # the active read so already
    ("미국과 네덜란드 군대가 비행장을 공격했다.", {("USA", "MIL"), ("NLD", "MIL")}, set()),
    ("코트디부아르와 말리 군대가 기지를 공격했다.", {("CIV", "MIL"), ("MLI", "MIL")}, set()),
    ("미국과 영국과 프랑스 군대가 기지를 공격했다.", {("USA", "MIL"), ("GBR", "MIL"), ("FRA", "MIL")}, set()),  # a chain
    # people53: a state with its own head noun ('미국 정부와') keeps it beside a bare military site (was a strict xfail)
    ("미국 정부와 네덜란드 군대가 비행장을 공격했다.", {("USA", "GOV"), ("NLD", "MIL")}, set()),
    ("러시아가 리비우에 대한 공습을 단행했다.", {("RUS", "GOV")}, {("UKR", "GOV")}),
]


@pytest.mark.parametrize("text, acting, receiving", ROWS)
def test_attack_sides(text, acting, receiving):
    check_class_row(text, PUBLISHED, "ASSAULT", acting, receiving)


def test_three_states_and_a_joiner_word_read():
    """'이란은 미국 및 영국 대사를 초치했다': three country words, the first two joined by '및', are read (the sharing
    rule passes along the whole list)."""
    first = first_of(events("이란은 미국 및 영국 대사를 초치했다."), type="ACCUSE")
    assert ("IRN", "GOV") in {(p.country, p.sector) for p in first.participants}
