"""(relclause52, issue 13) A legislature's vote to leave a body of states is its own withdrawal (SANCTION withdraw,
as '동맹에서 탈퇴했다' reads): 'voted to leave the X-led bloc', 'quit the X-led alliance' and Korean '... 탈퇴를
의결했다 / 가결했다' (the vote's object is the act: cue announce_verb), in both languages."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 5, 12)

ROWS = [
    ("Georgia's parliament voted to leave the Russian-led bloc.", "GEO", "RUS"),
    ("Moldova quit the Russian-led alliance.", "MDA", "RUS"),
    ("Moldova exited the Russian-led security bloc.", "MDA", "RUS"),
    ("조지아 의회는 러시아 주도 동맹 탈퇴를 가결했다.", "GEO", "RUS"),
    ("몰도바 의회는 독립국가연합 탈퇴를 의결했다.", "MDA", None),
]


@pytest.mark.parametrize("text,doer,receiver", ROWS)
def test_a_vote_to_leave_is_a_withdrawal(text, doer, receiver):
    events = extract_text(text, published=DAY).events
    found = [e for e in events if (e.type, e.mode) == ("SANCTION", "withdraw")]
    assert found, [(e.type, e.mode) for e in events]
    assert doer in {e.country for e in found[0].participants}
    if receiver:
        assert receiver in {e.country for e in found[0].recipients}
    assert found[0].status == "occurred"


NONE = [
    "The minister left the union headquarters on Monday.",
    "Georgia's delegation left the meeting early.",
    "조지아 의회는 예산안을 가결했다.",
]


@pytest.mark.parametrize("text", NONE)
def test_leaving_a_place_or_passing_a_budget_is_no_withdrawal(text):
    assert not [e for e in extract_text(text, published=DAY).events if e.type == "SANCTION"]
