"""enattack51b (issue 14): a leader leaving office AFTER a coup (a time) stays the leader's RETREAT in both languages,
while a coup as the means ('was ousted in a military coup', '군부 쿠데타로 물러났다': koattack51) is the soldiers'
ASSAULT on the government. Guards the line koattack51 drew, in both languages. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events

ROWS = [  # (sentence, the one event type read)
    ("Ghana's president stepped down after a military coup.", "RETREAT"),
    ("가나 대통령이 군부 쿠데타 이후 물러났다.", "RETREAT"),
    ("The Ghanaian president was ousted in a military coup.", "ASSAULT"),
    ("가나 대통령이 군부 쿠데타로 물러났다.", "ASSAULT"),
]


@pytest.mark.parametrize("text, kind", ROWS)
def test_coup_as_time_or_means(text, kind):
    assert [e.type for e in events(text)] == [kind]
