"""Yielding to another side's demands or pressure is PLOVER CONCEDE (CAMEO 08 'yield') with the side pressing as
recipient: 'bowed to demands from X', 'caved in to X's pressure', 'succumbed to pressure from X'. Bowing to a
crowd is no concession; the Korean '압력에 굴복했다' was read so already (its row checks it). Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act

ROWS = [  # (sentence, type, actors, recipients or None, status or None)
    ("Niger bowed to demands from Benin to reopen the border crossing.", "CONCEDE", {"NER"}, {"BEN"}, "occurred"),
    ("Ghana caved in to Togo's pressure on Monday.", "CONCEDE", {"GHA"}, {"TGO"}, "occurred"),
    ("Peru succumbed to pressure from Chile over the fishing dispute.", "CONCEDE", {"PER"}, {"CHL"}, "occurred"),
    ("The Chilean president bowed to the crowd.", "CONCEDE", set(), None, None),
    ("니제르 정부는 3일 베냉의 압력에 굴복했다.", "CONCEDE", {"NER"}, {"BEN"}, "occurred"),
]


@pytest.mark.parametrize("text, kind, actors, recipients, status", ROWS)
def test_yielding_to_pressure(extract, text, kind, actors, recipients, status):
    assert_act(extract(text).events, kind, actors, recipients, status)
