"""(drawn66) An act noun the topic receives from a named source (받다, and 얻다, 사다: the `passive_light_verb` cue)
is that source's act at the topic: '에콰도르는 콜롬비아의 비난을 샀다' is Colombia's ACCUSE of Ecuador. The English
rows are in tests/lang/en/test_act_drawn_acts.py. Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("sentence, kind, side", [
    ("에콰도르는 콜롬비아로부터 제재를 받았다.", "SANCTION", (["COL"], ["ECU"])),
    ("에콰도르는 콜롬비아로부터 위협을 받았다.", "THREATEN", (["COL"], ["ECU"])),
    ("에콰도르는 콜롬비아로부터 칭찬을 받았다.", "SUPPORT", (["COL"], ["ECU"])),
    ("에콰도르는 콜롬비아의 지지를 얻었다.", "SUPPORT", (["COL"], ["ECU"])),
    ("에콰도르는 콜롬비아의 비난을 샀다.", "ACCUSE", (["COL"], ["ECU"])),
    ("에콰도르는 콜롬비아를 비난했다.", "ACCUSE", (["ECU"], ["COL"])),  # the active verb: the topic's own act
])
def test_the_source_acts_on_the_topic(sentence, kind, side):
    assert sides(sentence, kind) == [side]


@pytest.mark.parametrize("sentence, kind", [
    ("에콰도르는 콜롬비아에서 무기를 샀다.", None),  # no act noun bought: no event at all
    ("에콰도르는 회의에서 지지를 얻었다.", "SUPPORT"),  # no source named
])
def test_no_act_bought_or_unsourced(sentence, kind):
    assert (sides(sentence, kind) if kind else [e.type for e in events(sentence)]) == []
