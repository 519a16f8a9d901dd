"""(actors59b, issue 14) Whose a bare statement of a force or an armed group is, in both languages. A state force's
statement speaks for the scene the story told, asked before any dateline's (pipeline/bare_body_state.scene_told:
English has no home desk, so 'SEOUL (Yonhap) -- ... Police condemned X' read Seoul's police over the scene told);
the possessive owner of what a refusal or an armed group's words answer is never the speakers' home
(act_statement_sides.object_owners: 'The rebels rejected Norway's demand' read Norway's rebels). Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import check_moded_row

SCENE_ROWS = [  # (text, type, mode, acting, receiving); acting None: no event of the type
    ("SEOUL (Yonhap) -- Protests spread across Kenya on Monday. Police condemned Norway.", "ACCUSE", "disapprove",
     {("KEN", "COP")}, {("NOR", "GOV")}),
    ("TOKYO (Kyodo) -- Riots broke out across Chile on Monday. The army criticized Peru.", "ACCUSE", "disapprove",
     {("CHL", "MIL")}, {("PER", "GOV")}),
    ("(도쿄=연합뉴스) 칠레 전역에서 월요일 폭동이 일어났다. 군은 페루를 비난했다.", "ACCUSE", "disapprove",
     {("CHL", "MIL")}, {("PER", "GOV")}),
    ("(서울=연합뉴스) 칠레 전역에서 월요일 폭동이 일어났다. 군은 페루를 비난했다.", "ACCUSE", "disapprove",
     {("CHL", "MIL")}, {("PER", "GOV")}),
    # guards: no scene told, or a state whose last deed was done to no one: the dateline's force
    ("SEOUL (Yonhap) -- Police condemned Norway on Monday.", "ACCUSE", "disapprove", {("KOR", "COP")},
     {("NOR", "GOV")}),
    ("SEOUL (Yonhap) -- North Korea fired a missile on Monday. The army condemned Japan.", "ACCUSE", "disapprove",
     {("KOR", "MIL")}, {("JPN", "GOV")}),
    ("SEOUL (Yonhap) -- Kenyan police condemned Norway on Monday.", "ACCUSE", "disapprove", {("KEN", "COP")},
     {("NOR", "GOV")}),
]

OWNER_ROWS = [
    ("The rebels rejected Norway's demand to disarm.", "REJECT", None, None, None),
    ("The rebels condemned Norway's decision.", "ACCUSE", None, None, None),
    ("반군은 노르웨이의 무장 해제 요구를 거부했다.", "REJECT", None, None, None),
    ("반군은 노르웨이의 결정을 비난했다.", "ACCUSE", None, None, None),
    # guards: rebels their own words give a state keep it
    ("Malian rebels rejected Norway's demand to disarm.", "REJECT", "yield", {("MLI", "REB")}, {("NOR", "GOV")}),
    ("Malian rebels condemned Norway's decision.", "ACCUSE", "disapprove", {("MLI", "REB")}, {("NOR", "GOV")}),
    ("말리 반군은 노르웨이의 무장 해제 요구를 거부했다.", "REJECT", "yield", {("MLI", "REB")}, {("NOR", "GOV")}),
    ("말리 반군은 노르웨이의 결정을 비난했다.", "ACCUSE", "disapprove", {("MLI", "REB")}, {("NOR", "GOV")}),
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", SCENE_ROWS)
def test_a_force_statement_is_the_scene_s_force(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)


@pytest.mark.parametrize("text, kind, mode, acting, receiving", OWNER_ROWS)
def test_the_owner_of_what_is_refused_is_no_home(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)
