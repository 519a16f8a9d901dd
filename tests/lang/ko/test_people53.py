"""people53 (issue 14): who the people a Korean act of force was done to are. A titled office or an occupation as the
subject of a passive of force with a named agent is the harmed side with its own sector (lang/ko/act_passive_sufferers);
occupations of ISCO-08's major groups are people an act is done to (ko_acts cue occupation_noun); a count in words
('두 명') belongs to the harmed run (lang/ko/act_forces_victims). The English twins are tests/lang/en/test_people53.py.
Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import check_done_to, events, first_of

ROWS = [  # (sentence, type, acting (state, sector) pairs among the actors, receiving (state, sector) pairs exactly)
    # an office suffering a passive act of force: the office's sector, the agent the state's forces
    ("칠레 대통령이 군에 의해 체포됐다.", "COERCE", {("CHL", "MIL")}, {("CHL", "GOV")}),
    ("볼리비아 국방장관이 경찰에 의해 체포됐다.", "COERCE", {("BOL", "COP")}, {("BOL", "GOV")}),
    ("에콰도르 의원이 경찰에 의해 체포됐다.", "COERCE", {("ECU", "COP")}, {("ECU", "LEG")}),
    ("칠레 대통령이 군에 의해 살해됐다.", "ASSAULT", {("CHL", "MIL")}, {("CHL", "GOV")}),
    # people read so already keep their sector (negative: no office, no occupation)
    ("칠레 야당 대표가 경찰에 의해 체포됐다.", "COERCE", {("CHL", "COP")}, {("CHL", "OPP")}),
    ("주민 세 명이 니제르 경찰에 의해 체포됐다.", "COERCE", {("NER", "COP")}, {("NER", "CVL")}),
    # occupations by ISCO-08 group, passive and active, the agent table's sector else civilians
    ("간호사 두 명이 베냉 경찰에 의해 체포됐다.", "COERCE", {("BEN", "COP")}, {("BEN", "MED")}),
    ("기자들이 토고 경찰에 의해 체포됐다.", "COERCE", {("TGO", "COP")}, {("TGO", "JRN")}),
    ("목수 두 명이 칠레 경찰에 의해 체포됐다.", "COERCE", {("CHL", "COP")}, {("CHL", "CVL")}),
    ("토고 경찰이 의사 세 명을 체포했다.", "COERCE", {("TGO", "COP")}, {("TGO", "MED")}),
    ("가나 경찰이 교사들을 체포했다.", "COERCE", {("GHA", "COP")}, {("GHA", "EDU")}),
    ("케냐 경찰이 항만 노동자들을 체포했다.", "COERCE", {("KEN", "COP")}, {("KEN", "LAB")}),
    ("케냐 경찰이 트럭 운전사들을 체포했다.", "COERCE", {("KEN", "COP")}, {("KEN", "CVL")}),
    # a count in words before the harmed's particle: the noun before it gives the sector
    ("기자 두 명이 말리 반군에 의해 살해됐다.", "ASSAULT", {("MLI", "REB")}, {("MLI", "JRN")}),
    ("교사 세 명이 이란 경찰에 의해 사살됐다.", "ASSAULT", {("IRN", "COP")}, {("IRN", "EDU")}),
]


@pytest.mark.parametrize("text, kind, acting, receiving", ROWS)
def test_people_done_to(text, kind, acting, receiving):
    check_done_to(text, kind, acting, receiving)


@pytest.mark.parametrize("text", [
    "칠레 대통령이 체포됐다.",  # no agent: no doer told
    "칠레 대통령은 회담할 의사를 밝혔다.",  # 의사 'intention', no doctors: no act of force
])
def test_no_force_read(text):
    assert not [e for e in events(text) if e.type in ("COERCE", "ASSAULT")]


def test_coup_keeps_its_reader():
    """A passive ouster by the military stays the coup reader's (the ousted leader GOV, the doers MIL)."""
    first = first_of(events("칠레 대통령이 군부에 의해 축출됐다."), type="ASSAULT")
    assert {(r.country, r.sector) for r in first.recipients} == {("CHL", "GOV")}


SITE_ROWS = [  # (sentence, acting (state, sector) pairs exactly, receiving (state, sector) pairs exactly)
    # allied attackers of several states strike a military site whose words name no state: none of them receives
    # it, and each acts with its own head noun's sector
    ("영국 정부와 캐나다 군대가 활주로를 공격했다.", {("GBR", "GOV"), ("CAN", "MIL")}, set()),
    ("영국과 캐나다 군대가 탄약고를 공격했다.", {("GBR", "MIL"), ("CAN", "MIL")}, set()),
    # negative: one state's attackers, the site their own state's forces (the domestic reading stands)
    ("니제르 반군이 군 기지를 공격했다.", {("NER", "REB")}, {("NER", "MIL")}),
    ("반군이 차드 기지를 공격했다.", {("TCD", "REB")}, {("TCD", "MIL")}),  # a bare base of a state named: its forces'
    # negative: the site's state named, it receives
    ("영국 정부와 캐나다 군대가 말리 군 기지를 공격했다.", {("GBR", "GOV"), ("CAN", "MIL")}, {("MLI", "MIL")}),
]


@pytest.mark.parametrize("text, acting, receiving", SITE_ROWS)
def test_coalition_sites(text, acting, receiving):
    first = first_of(events(text), type="ASSAULT")
    assert {(p.country, p.sector) for p in first.participants} == acting
    assert {(r.country, r.sector) for r in first.recipients} == receiving


def test_people_sent_food_read_already():
    """The twin of English 'sent food to Peruvians': '국민들에게' names the people (CVL), read before people53."""
    first = first_of(events("칠레는 볼리비아 국민들에게 식량을 보냈다."), type="AID")
    assert {(r.country, r.sector) for r in first.recipients} == {("BOL", "CVL")}


@pytest.mark.xfail(strict=True, reason="open class (people53): a purpose clause of help ('돕기 위해') before troops sent "
                   "is no AID to the people helped; MOBILIZE with no recipient (English 'sent troops to help Burundians' "
                   "is AID to Burundi's people)")
def test_troops_sent_to_help_people():
    first = first_of(events("르완다는 부룬디 국민들을 돕기 위해 군대를 보냈다."), type="AID")
    assert {(r.country, r.sector) for r in first.recipients} == {("BDI", "CVL")}


SUFFERED_ROWS = [  # (sentence, acting (state, sector) pairs exactly, receiving (state, sector) pairs exactly)
    # an attack suffered with a light verb ('공격을 받았다') from an armed group of no state: the harmed's state's group
    ("토고 주민들이 반군의 공격을 받았다.", {("TGO", "REB")}, {("TGO", "CVL")}),
    ("차드 군인들이 무장괴한들의 공격을 받았다.", {("TCD", "UAF")}, {("TCD", "MIL")}),
    ("베냉 마을이 반군의 공격을 받았다.", {("BEN", "REB")}, {("BEN", "CVL")}),
    # negative: a state's forces named keep their state; a group named with its state keeps it
    ("토고 주민들이 베냉군의 공격을 받았다.", {("BEN", "MIL")}, {("TGO", "CVL")}),
    ("베냉 마을이 말리 반군의 공격을 받았다.", {("MLI", "REB")}, {("BEN", "CVL")}),
]


@pytest.mark.parametrize("text, acting, receiving", SUFFERED_ROWS)
def test_attacks_suffered(text, acting, receiving):
    first = first_of(events(text), type="ASSAULT")
    assert {(p.country, p.sector) for p in first.participants} == acting
    assert {(r.country, r.sector) for r in first.recipients} == receiving


@pytest.mark.parametrize("text", [
    "주민들이 반군의 공격을 받았다.",  # no state named anywhere: no side
    "토고 주민들이 반군의 비난을 받았다.",  # criticism received: no force
])
def test_no_attack_suffered(text):
    assert not [e for e in events(text) if e.type == "ASSAULT"]
