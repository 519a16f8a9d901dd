"""(ploveren66) A side lobbied is asked: 'lobbied X for support', 'lobbied X to drop the bid' (REQUEST to X, as 'pressed X
for' and 'pressed X to'; scripts/data/en_acts_additions.yaml). Korean presses with the verb ('X를 상대로 ... 압박했다')
and reads so already; Korean '로비를 벌였다' reads no act yet. Lobbying with no side after the verb asks no one, and
'push' keeps no such object (its object is moved: 'pushed carts for hours'). Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows

ROWS = class_rows({  # (sentence, type, actors, recipients or None, status or None)
    "a side lobbied (en)": [
        ("Ghana lobbied Togo for support in the council vote.", "REQUEST", {"GHA"}, {"TGO"}, "occurred"),
        ("Kenya lobbied Uganda to drop its rival candidate.", "REQUEST", {"KEN"}, {"UGA"}, "occurred"),
        ("Ecuador lobbied Colombia's lawmakers to back the river accord.", "REQUEST", {"ECU"}, {"COL"}, "occurred"),
    ],
    "a side pressed (ko)": [
        ("가나는 토고를 상대로 후보 철회를 압박했다.", "REQUEST", {"GHA"}, {"TGO"}, "occurred"),
    ],
    "no side lobbied": [
        ("Ghana lobbied hard for the seat, Togo said.", "REQUEST", set(), None, None),
        ("Farmers from Togo pushed carts for hours near Ghana's border.", "REQUEST", set(), None, None),
    ],
})


@pytest.mark.parametrize("text, kind, actors, recipients, status", ROWS)
def test_lobbied_sides(extract, text, kind, actors, recipients, status):
    assert_act(extract(text).events, kind, actors, recipients, status)
