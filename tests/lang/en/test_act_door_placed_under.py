"""(enfollow66) Two idioms of measures: the door shut on a side ('Peru slammed the door on Chile') is a refusal,
REJECT, not a rebuke (lexicon: slam/shut/close + door, target 'on'); a side placed under a measure ('Peru placed
Chile under sanctions') receives it (act_placed_under.placed_under). Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("sentence, kind, side", [
    ("Uruguay slammed the door on Paraguay.", "REJECT", (["URY"], ["PRY"])),
    ("Uruguay slammed the door on Paraguay's offer of talks.", "REJECT", (["URY"], ["PRY"])),
    ("Ecuador shut the door on new talks with Colombia.", "REJECT", (["ECU"], ["COL"])),
    ("Uruguay placed Paraguay under sanctions.", "SANCTION", (["URY"], ["PRY"])),
    ("Ecuador put Colombia under sanctions on Friday.", "SANCTION", (["ECU"], ["COL"])),
    ("우루과이는 파라과이의 제안을 일축했다.", "REJECT", (["URY"], ["PRY"])),
    ("에콰도르는 콜롬비아에 대한 제재를 단행했다.", "SANCTION", (["ECU"], ["COL"])),
])
def test_idiom_reads_its_act(sentence, kind, side):
    assert sides(sentence, kind) == [side]


@pytest.mark.parametrize("sentence, kind", [
    ("Uruguay slammed the door on Paraguay.", "ACCUSE"),  # a refusal, no rebuke
    ("Ecuador closed the door of its embassy.", "REJECT"),  # a door shut, no side refused
    ("Paraguay has been under sanctions since 2019.", "SANCTION"),  # no one places it there now
    ("Uruguay put the plan under review.", "SANCTION"),
])
def test_no_idiom_act(sentence, kind):
    assert sides(sentence, kind) == []


def test_a_rebuke_stays_a_rebuke():
    assert sides("Uruguay slammed Paraguay over the drills.", "ACCUSE") == [(["URY"], ["PRY"])]
