"""(acts57, issue 14) A bare office subject whose act went on from no statement takes the one state the paragraph
before (else the lead) named, unless the act strikes that state (pipeline/act_actors.office_story_state). Our own
sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import check_moded_row

OPEN = pytest.mark.xfail(strict=True, reason="reverted at the merge: a bare office after a deed takes no state until the "
                          "reporting state is told from the story's state (older guards in tests/lang/en)")
ROWS = [  # (text, type, mode, acting, receiving); acting None: no event of the type
    pytest.param("Burkina Faso's army closed the border on Monday. The general criticized Mali.", "ACCUSE",
                 "disapprove", {("BFA", "MIL")}, {("MLI", "GOV")}, marks=OPEN),
    pytest.param("Burkina Faso's army closed the border on Monday. The minister criticized Mali.", "ACCUSE",
                 "disapprove", {("BFA", "GOV")}, {("MLI", "GOV")}, marks=OPEN),
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


@pytest.mark.xfail(strict=True, reason="acts57 open: Korean marks no bare office subject ('장군은') as going on, so "
                   "the story's state is never asked")
def test_bare_office_story_state_ko():
    check_moded_row("부르키나파소 군은 월요일 국경을 폐쇄했다. 장군은 말리를 비판했다.", "ACCUSE", "disapprove",
                    {("BFA", "MIL")}, {("MLI", "GOV")})
