"""A strike named by its length or kind ('announced a 24-hour strike', 'staged a two-day strike') is a work stoppage,
the manual's PROTEST strike, whatever verb announces, calls or stages it (ennoun72, issue 15: the noun entry of
scripts/data/en_acts_additions.yaml); a strike named by its weapon or aimed at targets stays an attack. Our own
sentences; the Korean twin ('24시간 파업을 선언했다') is read by the Korean strike noun already (row below)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, events_of

ROWS = [  # (sentence, PROTEST actors, PROTEST recipients or None)
    ("Chilean copper miners announced a 24-hour strike over pay.", {"CHL"}, None),
    ("Uruguayan nurses staged a two-day strike against Brazil.", {"URY"}, {"BRA"}),
    ("Danish dock unions called a 48-hour strike on Friday.", {"DNK"}, None),
    ("Nepali bus drivers began a one-day strike in Kathmandu.", {"NPL"}, None),
    ("German rail workers held warning strikes across the country.", {"DEU"}, None),
    ("아르헨티나 교사 노조는 24시간 파업을 선언했다.", {"ARG"}, None),
]


@pytest.mark.parametrize("text, actors, recipients", ROWS)
def test_a_timed_strike_is_a_protest_strike(extract, text, actors, recipients):
    assert_act(events_of(extract(text)), "PROTEST", actors, recipients, "occurred", "strike")


NEGATIVES = [  # sentences with no PROTEST: strikes named by their weapon or aimed at targets are raids
    "Norway announced a military strike on a Swedish base.",
    "Israel announced a strike on targets in southern Lebanon.",
    "Pakistan carried out a missile strike against camps in Afghanistan.",
    "The striker scored twice in a two-day tournament in Lima.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_a_raid_is_no_protest_strike(extract, text):
    assert_act(events_of(extract(text)), "PROTEST", set(), None, None)
