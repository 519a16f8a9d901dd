"""(koacts57b, issues 13/15) Korean acts, second round: people judged under a label (lang/ko/act_labelled_people), a
condemnation of an attack whose doer is a group of the judge's own state (pipeline/act_answered_groups). English
twins: tests/lang/en/test_koacts57b_twins.py. Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events
from tests.judged_groups import (check_judged, check_members_arrested, check_own_group_condemned,
                                   first_of, sides as SIDES)



@pytest.mark.parametrize("text,receiving", [
    # the story's group of the judge's own state, judged under a label: the group with its sector
    ("보코하람이 카노의 교회를 공격했다. 나이지리아는 이 단체를 범죄 조직이라고 비난했다.", {("NGA", "REB")}),
    ("알샤바브가 가리사의 대학을 공격했다. 소말리아는 이 단체를 테러 조직이라고 비난했다.", {("SOM", "REB")}),
    # guard rows: a foreign group as before; a state judged under a label as before
    ("알샤바브가 가리사의 대학을 공격했다. 케냐는 이 단체를 테러 조직이라고 비난했다.", {("SOM", "REB")}),
    ("중국은 미국을 패권 국가라고 비난했다.", {("USA", "GOV")}),
])
def test_people_judged_under_label_ko(text, receiving):
    check_judged(text, receiving)


@pytest.mark.parametrize("text,receiving", [
    # the attack's doer is a group of the judge's own state: it receives, with its sector
    ("보코하람이 카노의 교회를 공격했다. 나이지리아는 이 테러를 규탄했다.", {("NGA", "REB")}),
    ("무장괴한들이 조스의 시장을 공격했다. 나이지리아는 이 공격을 규탄했다.", {("NGA", "UAF")}),
    # guard row: the state's own forces struck: no one judged (no state judges itself)
    ("나이지리아군이 카노의 마을을 공격했다. 나이지리아는 이 공격을 규탄했다.", set()),
])
def test_own_group_attack_condemned_ko(text, receiving):
    check_own_group_condemned(text, receiving)


@pytest.mark.parametrize("text,acting,receiving", [
    # an agentless arrest of a group's members: the group's state holds them, the group receives
    ("보코하람이 카노의 교회를 공격했다. 이 단체 조직원 3명이 체포됐다.", ("NGA", "GOV"), {("NGA", "REB")}),
    ("보코하람 조직원 5명이 체포됐다.", ("NGA", "GOV"), {("NGA", "REB")}),
])
def test_group_members_arrested_ko(text, acting, receiving):
    check_members_arrested(text, acting, receiving)


@pytest.mark.parametrize("text", [
    # guard rows: people of no group arrested, no place: no one named as before; a group's attack is no arrest
    "시위대 3명이 체포됐다.",
    "보코하람 조직원 3명이 카노의 교회를 공격했다.",
])
def test_no_group_arrest_ko(text):
    e = first_of(text, "COERCE")
    assert e is None or ("NGA", "REB") not in SIDES(e.recipients)


@pytest.mark.parametrize("text,receiving,mode", [
    # the clause goes on to the harm the attack did: the same attack on the place's people
    ("나이로비에서 테러가 발생해 5명이 숨졌다.", {("KEN", "CVL")}, None),
    # a time adverb between the place and the attack noun
    ("몸바사의 호텔에서 어제 테러가 일어났다.", {("KEN", "CVL")}, None),
    ("몸바사의 호텔에서 어제 폭탄 테러가 일어났다.", {("KEN", "CVL")}, "explosives"),
])
def test_occurred_terror_harm_and_time_ko(text, receiving, mode):
    e = first_of(text, "ASSAULT")
    assert e is not None, [x.type for x in events(text)]
    assert SIDES(e.recipients) == receiving and e.mode == mode


@pytest.mark.parametrize("text", [
    # guard rows: the clause goes on to no harm; no place said
    "나이로비에서 테러가 발생해 경찰이 수사에 나섰다.",
    "어제 테러가 발생해 5명이 숨졌다.",
])
def test_occurred_terror_no_harm_ko(text):
    assert first_of(text, "ASSAULT") is None


@pytest.mark.parametrize("text,acting", [
    # troops as the subject of a verb of gathering: their state mobilizes
    ("베네수엘라군이 가이아나 국경 인근에 집결했다.", {"VEN"}),
    ("러시아군은 에스토니아 국경 근처에 결집했다.", {"RUS"}),
    # guard rows: a crowd gathers, a general is no army, negated, the pair with an object as before
    ("시위대 수천 명이 카라카스 광장에 집결했다.", None),
    ("장군들이 국방부에 모였다.", None),
    ("베네수엘라군은 국경에 집결하지 않았다.", None),
])
def test_troops_gathered_ko(text, acting):
    found = [e for e in events(text) if e.type == "MOBILIZE" and e.status == "occurred"]
    if acting is None:
        assert not found, [(e.type, [p.country for p in e.participants]) for e in found]
        return
    assert found and acting <= {p.country for p in found[0].participants}, [x.type for x in events(text)]


@pytest.mark.parametrize("text,kind,acting", [
    # the reflexive word before a government noun names the speaker's state
    ("에콰도르 외교장관은 자국 정부가 콜롬비아를 지지한다고 말했다.", "SUPPORT", {("ECU", "GOV")}),
    # guard rows: the bare home government as before; a reflexive word before forces as before
    ("정부는 볼리비아 외교관 2명을 추방했다.", "SANCTION", {("KOR", "GOV")}),
    ("에콰도르 국방부는 자국 군대가 국경 마을을 공격했다고 밝혔다.", "ASSAULT", {("ECU", "MIL")}),
])
def test_own_state_government_ko(text, kind, acting):
    e = first_of(text, kind)
    assert e is not None, [x.type for x in events(text)]
    assert SIDES(e.participants) == acting
