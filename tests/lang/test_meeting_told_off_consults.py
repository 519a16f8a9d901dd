"""(kofix46) A meeting called off by a passive that one of its sides tells ('A와 B의 회담이 취소됐다고 A 외교부는
전했다', 'Talks between A and B were cancelled, A's foreign ministry said') is that side's REJECT meet, and no CONSULT
cancelled beside it (lang/ko/meeting_told_off.told_off_by_side, lang/en/reading_meetings.told_by_side). Negative rows:
a third state or a news agency tells it, or no one does: the meeting stays a CONSULT cancelled. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events

ROWS = [
    ("에콰도르와 콜롬비아의 정상회담이 취소됐다고 에콰도르 외교부는 전했다.", False),
    ("콜롬비아와의 외교장관 회담이 연기됐다고 에콰도르 정부가 밝혔다.", False),
    ("The summit between Ecuador and Colombia was cancelled, Ecuador's foreign ministry said.", False),
    # negative rows: the teller is no side, or no one tells it: the meeting stays cancelled
    ("에콰도르와 콜롬비아의 정상회담이 취소됐다고 페루 외교부는 전했다.", True),
    ("에콰도르와 콜롬비아의 정상회담이 취소됐다고 현지 언론은 전했다.", True),
    ("에콰도르와 콜롬비아의 정상회담이 취소됐다.", True),
    ("The summit between Ecuador and Colombia was cancelled, Peru's foreign ministry said.", True),
]


@pytest.mark.parametrize("text, consult", ROWS)
def test_meeting_told_off_consults(text, consult):
    found = [e for e in events(text) if e.type == "CONSULT" and e.status == "cancelled"]
    assert bool(found) == consult, [(e.type, e.status, e.mode) for e in events(text)]
