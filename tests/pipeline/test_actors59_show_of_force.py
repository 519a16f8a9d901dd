"""(actors59, issue 14) A bare office after a show of force aimed at no state (pipeline/narrative.unaimed_show_of_force,
asked in bare_body_state.organ_deed_doer): other states answer a launch into the sea or a test, so a bare body's
words addressed to a state after it may be any responder's, and no state is read rather than the launcher's. A deed
aimed at a state, or one of no force (a border closed), keeps the organ's state (actors58's rule). Our own sentences,
both languages."""
from __future__ import annotations

import pytest

from tests.event_sides import check_moded_row

ROWS = [  # (text, type, mode, acting, receiving); acting None: no event of the type
    ("Peru's navy fired two missiles into the sea on Tuesday. The minister urged Chile to stay calm.", "REQUEST",
     None, None, None),
    ("Peru's navy test-fired two missiles on Tuesday. The ministry criticized Chile.", "ACCUSE", None, None, None),
    ("페루 해군은 화요일 미사일 두 발을 시험 발사했다. 장관은 칠레에 자제를 촉구했다.", "REQUEST", None, None, None),
    ("페루 해군은 화요일 미사일 두 발을 바다로 발사했다. 장관은 칠레를 비판했다.", "ACCUSE", None, None, None),
    # a deed aimed at a state, or no show of force: the organ's state still speaks
    ("Kenya's army attacked Somalia on Monday. The ministry criticized Ethiopia.", "ACCUSE", "disapprove",
     {("KEN", "GOV")}, {("ETH", "GOV")}),
    ("Burkina Faso's army closed the border on Monday. The minister criticized Mali.", "ACCUSE", "disapprove",
     {("BFA", "GOV")}, {("MLI", "GOV")}),
    ("케냐 군은 월요일 소말리아를 공격했다. 사령관은 에티오피아를 비난했다.", "ACCUSE", "disapprove", {("KEN", "MIL")},
     {("ETH", "GOV")}),
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", ROWS)
def test_bare_office_after_a_show_of_force(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)
