"""(koacts57, issues 13/15) Korean acts leftovers: a refused demand owned by a part of the refusing state
(lang/ko/act_refused_demands), a bare '테러' told as having happened at a place (lang/ko/act_occurred_attacks
.bare_attacks), a visit judged as '이번 방문' (lang/ko/act_judged_kinds.kind_judges_meeting). English twins:
tests/lang/en/test_koacts57_twins.py. Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events

SIDES = lambda parts: {(p.country, p.sector) for p in parts}  # noqa: E731


def first_of(text: str, kind: str):
    """The first event of `kind` in `text`, or None."""
    return next((e for e in events(text) if e.type == kind), None)


@pytest.mark.parametrize("text,acting,receiving,mode", [
    # the owner is a part of the refuser's own state: its sector, the refuser's state
    ("케냐 정부는 선거를 다시 치르라는 야당의 요구를 거부했다.", ("KEN", "GOV"), {("KEN", "OPP")}, "change"),
    ("가나 정부는 임금을 인상하라는 노조의 요구를 거부했다.", ("GHA", "GOV"), {("GHA", "LAB")}, None),
    ("말라위 정부는 야당의 요구를 일축했다.", ("MWI", "GOV"), {("MWI", "OPP")}, None),
    # a vote asked for asks a change, whoever owns the demand
    ("케냐 정부는 재선거를 실시하라는 우간다 야당의 요구를 거부했다.", ("KEN", "GOV"), {("UGA", "OPP")}, "change"),
    # guard rows: a state owner as before; a release asked yields
    ("잠비아 정부는 수감자들을 석방하라는 우간다의 요구를 거부했다.", ("ZMB", "GOV"), {("UGA", "GOV")}, "yield"),
])
def test_refused_demand_owned_at_home_ko(text, acting, receiving, mode):
    e = first_of(text, "REJECT")
    assert e is not None, [x.type for x in events(text)]
    assert acting in SIDES(e.participants)
    assert SIDES(e.recipients) == receiving
    assert e.mode == mode


@pytest.mark.parametrize("text,receiving", [
    ("칸다하르에서 테러가 발생했다.", {("AFG", "CVL")}),
    ("몸바사에서 테러가 일어났다.", {("KEN", "CVL")}),
    ("이라크에서 테러가 벌어졌다.", {("IRQ", "CVL")}),
    # guard rows: no place said, a condemnation, a label, a gathering that took place
    ("테러가 발생했다.", None),
    ("가나는 아크라에서 일어난 테러를 규탄했다.", None),
    ("가나는 테러를 규탄했다.", None),
    ("가나는 이 단체를 테러 조직으로 규정했다.", None),
])
def test_bare_terror_occurred_ko(text, receiving):
    e = first_of(text, "ASSAULT")
    if receiving is None:
        assert e is None, (SIDES(e.participants), SIDES(e.recipients))
        return
    assert e is not None, [x.type for x in events(text)]
    assert SIDES(e.participants) == set() and SIDES(e.recipients) == receiving and e.mode is None


def test_condemned_terror_stays_accuse_ko():
    text = "가나는 보코하람의 테러를 규탄했다."
    assert first_of(text, "ACCUSE") is not None and first_of(text, "ASSAULT") is None


@pytest.mark.parametrize("text,receiving", [
    ("탄자니아 대통령은 케냐를 방문했다. 우간다는 이번 방문을 비판했다.", {"TZA", "KEN"}),
    ("탄자니아는 케냐와 회담했다. 우간다는 이번 회담을 비판했다.", {"TZA", "KEN"}),
    # guard row: no meeting told, no one judged
    ("우간다는 이번 방문을 비판했다.", None),
])
def test_this_visit_judged_ko(text, receiving):
    e = first_of(text, "ACCUSE")
    if receiving is None:
        assert e is None or not e.recipients
        return
    assert e is not None and {p.country for p in e.recipients} == receiving


@pytest.mark.parametrize("text,receiving", [
    # the relative clause's subject held them: it receives nothing; the people keep AGR
    ("파키스탄은 지난달 인도가 억류한 어부들을 석방했다.", {("PAK", "AGR")}),
    ("스리랑카는 인도가 구금했던 어부들을 석방했다.", {("LKA", "AGR")}),
    # guard rows: a demonym names the people's state; no relative clause
    ("스리랑카는 구금했던 인도 어부들을 석방했다.", {("IND", "AGR")}),
    ("스리랑카는 인도 어부들을 석방했다.", {("IND", "AGR")}),
])
def test_released_people_not_their_captor_ko(text, receiving):
    e = first_of(text, "RETREAT")
    assert e is not None and e.mode == "release", [x.type for x in events(text)]
    assert SIDES(e.recipients) == receiving


@pytest.mark.parametrize("text,receiving", [
    # the story's group resolved from '이 단체' keeps its sector, also when it is of the accuser's own state
    ("보코하람이 마이두구리의 시장을 공격했다. 나이지리아는 이 단체를 비난했다.", {("NGA", "REB")}),
    ("알샤바브가 몸바사의 호텔을 공격했다. 케냐는 이 단체를 테러 조직이라고 비난했다.", {("SOM", "REB")}),
])
def test_resolved_group_judged_ko(text, receiving):
    e = first_of(text, "ACCUSE")
    assert e is not None and SIDES(e.recipients) == receiving
