"""(enacts56, issue 15) The Korean twins of tests/lang/en/test_act_third_round_modes.py: a patrol unit as the state's
forces ('순찰대', agents.yaml MIL), a refusal of a demand or an offer (REJECT with the mode of what was asked), an
invitation refused (meet), a bombing by a named armed group (explosives), an advance on a place (ASSAULT), a hunger
strike begun (its strikers' side), a deed granted once a demand is met (not done) and an attack noun told as having
happened at a site (koacts56's act_occurred_attacks; acts56b removed the strict xfail), and a patrol sent (acts56b:
'순찰대' a troop_noun), forces to be stationed in a host state (acts56b: lang/ko/act_hosted_deployments). Open: a demand
to hand over power refused ('권력을 이양하라는 요구를 거부했다' reads nothing): the Korean
act readers' (lang/ko act_*). Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import sector_sides
from tests.plover_rows import ANY, NEG, OCC, PLAN, open_class, sides_test, sweep_test

# rows: (sentence, type, acting states among the parties, receiving states or None, mode, status)
test_third_round_modes_ko = sweep_test({
    "hosted deployment": [
        ("러시아는 벨라루스에 미사일을 배치하겠다고 밝혔다.", "MOBILIZE", {"RUS"}, None, "weapons", PLAN),  # acts56b
        ("미국은 리투아니아에 병력을 배치하겠다고 밝혔다.", "MOBILIZE", {"USA"}, None, "troops", PLAN),
        ("러시아는 러시아 서부에 미사일을 배치하겠다고 밝혔다.", "THREATEN", {"RUS"}, None, ANY, OCC),  # own land: as before
    ],
    "patrol sent": [
        ("칠레는 국경에 순찰대를 파견했다.", "MOBILIZE", {"CHL"}, None, "troops", OCC),  # acts56b: troop_noun 순찰대
        ("페루는 안데스 고원에 순찰대를 보냈다.", "MOBILIZE", {"PER"}, None, "troops", OCC),
        ("칠레는 국경에 순찰대를 파견하지 않았다.", "MOBILIZE", set(), None, None, NEG),
    ],
    "refusal noun": [
        ("차드는 수단의 회담 요구에 대한 거부 입장을 밝혔다.", "REJECT", {"TCD"}, None, "meet", OCC),
        ("케냐는 우간다의 원조 제안을 거부했다.", "REJECT", {"KEN"}, {"UGA"}, "assist", OCC),
        ("차드는 카이로 정상회의 초청을 거부했다.", "REJECT", {"TCD"}, None, "meet", OCC),
    ],
    "named group bombing": [
        ("보코하람이 마이두구리의 시장을 폭파했다.", "ASSAULT", {"NGA"}, None, "explosives", OCC),
    ],
    "advanced on a place": [
        ("러시아군이 키이우로 진격했다.", "ASSAULT", {"RUS"}, None, None, OCC),
    ],
    "attack told as having happened": [
        ("칸다하르의 한 시장에서 자살 폭탄 테러가 발생했다.", "ASSAULT", set(), {"AFG"}, None, OCC),
    ],
    "deed granted once a demand is met": [
        ("수단은 구호 차량의 다르푸르 진입을 허용하기 전에 휴전을 요구했다.", "RETREAT", set(), None, None, NEG),
    ],
    "power handed over": [
        open_class("a demand to hand over power refused ('권력을 이양하라는 요구를 거부했다') reads nothing (lang/ko"
                   " act_wish_modes)",
                   "반군은 권력을 이양하라는 프랑스의 요구를 거부했다.", "REJECT", set(), None, "change", OCC),
    ],
})


# '순찰대' is the state's forces (agents.yaml MIL), as English 'patrol'; a hunger strike begun is its strikers'.
test_people_sides_ko = sides_test([
    ("무장괴한들이 말리 순찰대에 총격을 가했다.", "ASSAULT", {("MLI", "UAF")}, {("MLI", "MIL")}),
    ("무장괴한들이 페루 군인들에게 총격을 가했다.", "ASSAULT", {("PER", "UAF")}, {("PER", "MIL")}),
    ("이라크 수감자들이 단식 투쟁을 시작했다.", "PROTEST", {("IRQ", "CVL")}, {("IRQ", "GOV")}),
])


@pytest.mark.parametrize("text,kind,receiving", [
    ("모가디슈의 한 호텔에서 자살폭탄 테러가 발생했다.", "ASSAULT", {("SOM", "CVL")}),
    ("몸바사의 버스 터미널에서 자살폭탄 테러가 발생했다.", "ASSAULT", {("KEN", "CVL")}),
    ("러시아군은 하르키우의 기차역을 공습했다.", "ASSAULT", {("UKR", "CVL")}),
])
def test_public_places_struck_ko(text, kind, receiving):
    """(acts56b) A hotel, a bus terminal, a train station are public places a crowd gathers in (crowd_site_noun), as
    English crowd_site_heads: their people (CVL) receive."""
    assert sector_sides(text, kind)[1] == receiving
