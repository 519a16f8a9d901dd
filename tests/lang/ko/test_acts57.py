"""(acts57, issues 13/15) The Korean twins of tests/lang/en/test_acts57.py: an attack told as occurring at a police
site strikes the police (act_occurred_attacks.place_sector); a ransom demanded is ASSAULT abduct (ko_acts 몸값+요구하다); people held in a state's prisons protest at the holder. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import check_moded_row

POLICE_SITES = [  # (sentence, type, mode, acting, receiving); acting None: no event of the type
    ("키르쿠크의 경찰서 앞에서 차량 폭탄 테러가 발생했다.", "ASSAULT", "explosives", set(), {("IRQ", "COP")}),
    ("키르쿠크의 한 시장에서 차량 폭탄 테러가 발생했다.", "ASSAULT", "explosives", set(), {("IRQ", "CVL")}),
    ("키르쿠크의 은행 앞에서 폭탄 테러가 발생했다.", "ASSAULT", "explosives", set(), {("IRQ", "BUS")}),
    ("무장세력이 키르쿠크의 경찰서를 공격했다.", "ASSAULT", None, {("IRQ", "REB")}, {("IRQ", "COP")}),
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", POLICE_SITES)
def test_police_sites_ko(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)


RANSOMS = [  # (sentence, type, mode, acting, receiving); acting None: no event of the type
    ("무장괴한들은 나이지리아에 몸값을 요구했다.", "ASSAULT", "abduct", {("NGA", "UAF")}, {("NGA", "GOV")}),
    ("반군은 나이지리아에 몸값을 요구하지 않았다.", "ASSAULT", None, None, None),
    ("무장괴한들은 나이지리아에 몸값을 요구했다.", "REQUEST", None, None, None),
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", RANSOMS)
def test_ransom_demands_ko(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)


@pytest.mark.xfail(strict=True, reason="acts57 open: the family asked (a people phrase marked 에게) is no receiving side")
def test_ransom_from_family_ko():
    check_moded_row("납치범들은 나이지리아인 기술자의 가족에게 몸값을 요구했다.", "ASSAULT", "abduct", {("NGA", "CRM")},
                    {("NGA", "CVL")})


HELD_PROTESTERS = [  # (sentence, type, mode, acting, receiving)
    ("팔레스타인 수감자들이 이스라엘 교도소에서 단식 농성을 시작했다.", "PROTEST", "hunger", {("PSE", "CVL")}, {("ISR", "COP")}),
    ("터키 교도소의 수감자들이 단식 농성을 시작했다.", "PROTEST", "hunger", {("TUR", "CVL")}, {("TUR", "COP")}),
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", HELD_PROTESTERS)
def test_held_protesters_ko(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)



def test_unowned_checkpoint_ko():  # koacts58: was a strict xfail (state_site_noun, act_attacked_sites)
    check_moded_row("무장괴한들이 키달 인근의 검문소를 공격했다.", "ASSAULT", None, {("MLI", "UAF")}, {("MLI", "GOV")})


def test_town_struck_ko():
    check_moded_row("반군이 키달 마을을 포격했다.", "ASSAULT", "heavy-weapons", {("MLI", "REB")}, {("MLI", "CVL")})


RETALIATIONS = [  # the Korean twins: a counterattack by forces is force, a retort to criticism no force
    ("케냐군은 소말리아 진지에 반격을 가했다.", "ASSAULT", None, {("KEN", "MIL")}, {("SOM", "GOV")}),
    ("케냐 정부는 우간다의 비판에 반박했다.", "ASSAULT", None, None, None),
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", RETALIATIONS)
def test_retaliations_ko(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)
