"""(plans54b) An English joint drill to come is the drill, planned, not a promise, with sentences of our own.

'Chile and Peru will hold joint military exercises next month' gave AGREE occurred and 'plan to hold joint naval
drills' COOPERATE occurred, while the timetable 'hold joint drills next month' reads COOPERATE planned (plans54) and
Korean '연합훈련을 실시할 것이다' reads the drill planned. Negative rows: the drill held, a drill said ('said they would
hold': the pledge, AGREE), talks or patrols promised (AGREE), an agreement to hold drills (AGREE).
"""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events, first_of

ROWS = [  # (sentence, date)
    ("Ecuador and Colombia will hold joint military exercises next month.", "2026-04-01"),
    ("Ecuador will hold joint naval drills with Colombia.", "2026-03-12"),
    ("Ecuador and Colombia plan to hold joint naval drills.", "2026-03-12"),
    ("Ecuador and Colombia decided to conduct joint exercises next month.", "2026-04-01"),
]


@pytest.mark.parametrize("sentence, date", ROWS)
def test_joint_drill_to_come_is_cooperation_planned(sentence, date):
    first = first_of(events(sentence), type="COOPERATE")
    assert not [e for e in events(sentence) if e.type == "AGREE"]
    assert first.status == "planned" and str(first.date) == date
    assert countries(first.participants) == {"ECU", "COL"}


NEGATIVES = [  # (sentence, type, status)
    ("Ecuador and Colombia held joint naval drills.", "COOPERATE", "occurred"),
    ("Ecuador and Colombia said they would hold joint exercises.", "AGREE", "occurred"),
    ("Ecuador and Colombia will conduct joint patrols.", "AGREE", "occurred"),
    ("Ecuador and Colombia agreed to hold joint military exercises.", "AGREE", "occurred"),
]


@pytest.mark.parametrize("sentence, kind, status", NEGATIVES)
def test_drills_held_said_or_agreed_keep_their_reading(sentence, kind, status):
    first = first_of(events(sentence), type=kind)
    assert first.status == status
