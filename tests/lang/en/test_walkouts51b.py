"""enattack51b (issue 13): workers walking out of no meeting named stop work, the manual's PROTEST strike
(lang/en/act_work_strikes.walkout); 'dockers' are workers (LAB) as 'dockworkers' are. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events

STRIKES = [  # (sentence, the strikers' (state, sector))
    ("Dockers in Senegal walked out on Tuesday.", ("SEN", "LAB")),
    ("Nurses in Zambia walked out on Monday.", ("ZMB", "MED")),
    ("Ghanaian teachers walked out over pay.", ("GHA", "EDU")),
]

KEPT = [  # (sentence, type): a meeting walked out of, or members of a legislature, keep the REJECT
    ("The Zambian delegation walked out of the talks on Monday.", "REJECT"),
    ("Opposition lawmakers in Zambia walked out on Monday.", "REJECT"),
]


@pytest.mark.parametrize("text, strikers", STRIKES)
def test_workers_walking_out_strike(text, strikers):
    found = events(text)
    assert [e.type for e in found] == ["PROTEST"], [e.type for e in found]
    assert found[0].mode == "strike"
    assert strikers in {(p.country, p.sector) for p in found[0].participants}


@pytest.mark.parametrize("text, kind", KEPT)
def test_other_walkouts_kept(text, kind):
    assert "PROTEST" not in {e.type for e in events(text)}
