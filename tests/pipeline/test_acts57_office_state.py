"""(acts57, issue 14; actors58) A bare office subject whose act went on from a deed, not a statement, takes the one
state whose deed was done by an organ the story named as that state's (its army, its police), unless the act strikes
that state (pipeline/bare_body_state.organ_deed_doer). Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import check_moded_row

ROWS = [  # (text, type, mode, acting, receiving); acting None: no event of the type
    # actors58: the deed's doer was named as the state's organ (its army): its bare officials are that state's
    # (bare_body_state.organ_deed_doer)
    ("Burkina Faso's army closed the border on Monday. The general criticized Mali.", "ACCUSE",
     "disapprove", {("BFA", "MIL")}, {("MLI", "GOV")}),
    ("Burkina Faso's army closed the border on Monday. The minister criticized Mali.", "ACCUSE",
     "disapprove", {("BFA", "GOV")}, {("MLI", "GOV")}),
    # two states told before: whose general is open
    ("Burkina Faso and Niger closed their borders on Monday. The general criticized Mali.", "ACCUSE", None, None,
     None),
    # the story's state is what the act strikes: no self-criticism read
    ("Burkina Faso's army closed the border on Monday. The general criticized Burkina Faso.", "ACCUSE", None, None,
     None),
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", ROWS)
def test_bare_office_story_state(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)


def test_bare_office_story_state_ko():  # actors58: a bare general is his army's (MIL)
    check_moded_row("부르키나파소 군은 월요일 국경을 폐쇄했다. 장군은 말리를 비판했다.", "ACCUSE", "disapprove",
                    {("BFA", "MIL")}, {("MLI", "GOV")})
