"""(actors59, issue 14) A bare state force's statement after a scene, in Korean ('경찰은 ... 규탄했다'): the force keeps
its sector on a statement (lang/ko/act_hit_subjects: only an armed group of no state loses it, 'a statement is placed
by no locative'), so the scene's state answers (pipeline/bare_body_state.scene_told), under the home desk too
(filed_state asks the story first for a force's statement, as for people's deeds). Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import check_moded_row

ROWS = [  # (text, type, mode, acting, receiving); acting None: no event of the type
    ("케냐 전역에서 월요일 시위가 확산됐다. 경찰은 노르웨이를 규탄했다.", "ACCUSE", "disapprove", {("KEN", "COP")},
     {("NOR", "GOV")}),
    ("칠레 산티아고에서 월요일 폭동이 일어났다. 군은 페루를 비난했다.", "ACCUSE", "disapprove", {("CHL", "MIL")},
     {("PER", "GOV")}),
    # the home desk: the scene told, not the desk's police
    ("(서울=연합뉴스) 케냐 전역에서 월요일 시위가 확산됐다. 경찰은 노르웨이를 규탄했다.", "ACCUSE", "disapprove",
     {("KEN", "COP")}, {("NOR", "GOV")}),
    # guards: a state whose last deed was done to no one is no scene; an armed group's statement stays unplaced
    ("북한이 월요일 미사일을 발사했다. 경찰은 일본을 규탄했다.", "ACCUSE", None, None, None),
    ("다르푸르에서 반군이 칠레를 비난했다.", "ACCUSE", None, None, None),
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", ROWS)
def test_force_statement_after_a_scene_ko(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)
