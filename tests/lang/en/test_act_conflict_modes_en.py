"""kopar53b: the English variants of the Korean conflictual modes of tests/lang/ko/test_act_conflict_modes_ko.py, so
both languages agree (issues 13/15): laying down arms asked is yield, a halt of a work or policy is change, a halt of
a hostile act stays yield, an extradition asked is assist."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def typed(text: str) -> list[str]:
    """'TYPE/mode' of each event of `text`, sorted."""
    return sorted(f"{e.type}/{e.mode}" for e in events(text))


@pytest.mark.parametrize("text,expected", [
    ("Mali urged the rebels to lay down their arms.", "REQUEST/yield"),
    ("Egypt demanded that Ethiopia halt construction of the new dam.", "REQUEST/change"),
    ("Brazil urged Paraguay to stop building the border road.", "REQUEST/change"),
    ("Thailand demanded that Cambodia stop the shelling.", "REQUEST/yield"),  # negative: a hostile act halted
    ("Peru asked Chile to extradite a drug trafficking suspect.", "REQUEST/assist"),
])
def test_request_modes(text: str, expected: str) -> None:
    assert typed(text) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Ghana blamed Togo for the riots.", "ACCUSE/allege"),
    ("Chile condemned Bolivia for spying.", "ACCUSE/disapprove"),  # negative: condemning stays disapproval
])
def test_accusation_grounds(text: str, expected: str) -> None:
    assert typed(text) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Belarus massed tanks near the border with Lithuania.", "MOBILIZE/troops"),
    ("Belarus deployed tanks on the border with Lithuania.", "MOBILIZE/weapons"),  # negative: deployed arms
])
def test_massed_arms(text: str, expected: str) -> None:
    assert typed(text) == [expected]
