"""(relatives65) A verb of asking with two addressees each asked its own thing ('Peru urged Chile to withdraw its
troops and Bolivia to open the border') asks both: one act per addressee, as Korean 'B에 X를, C에 Y를 각각 촉구했다'
(lang/en/act_shared_objects.paired_asks, lexicon paired_ask_re; lang/ko/act_paired_addressees). Negatives: a second
infinitive with no addressee of its own ('and to open'), a second clause with its own verb ('and Bolivia agreed'),
two addressees asked one thing. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import event_sides

DAY = date(2026, 3, 12)


def requests(text: str) -> set[tuple[frozenset[str], frozenset[str]]]:
    return {(actors, receivers) for kind, actors, receivers in event_sides(text, DAY) if kind == "REQUEST"}


def pair(actors: set[str], receivers: set[str]) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(actors), frozenset(receivers)


@pytest.mark.parametrize("text,expected", [
    ("Peru urged Chile to withdraw its troops and Bolivia to open the border.",
     {pair({"PER"}, {"CHL"}), pair({"PER"}, {"BOL"})}),
    ("Kenya urged Ethiopia to show restraint and Somalia to resume talks.",
     {pair({"KEN"}, {"ETH"}), pair({"KEN"}, {"SOM"})}),
    ("페루는 칠레에 병력 철수를, 볼리비아에 국경 개방을 각각 촉구했다.", {pair({"PER"}, {"CHL"}), pair({"PER"}, {"BOL"})}),
    # negatives
    ("Peru urged Chile to withdraw its troops and to open the border.", {pair({"PER"}, {"CHL"})}),
    ("Peru urged Chile to withdraw and Bolivia agreed to talks.", {pair({"PER"}, {"CHL"})}),
    ("Peru urged Chile and Bolivia to open the border.", {pair({"PER"}, {"CHL", "BOL"})}),
])
def test_paired_asks(text, expected):
    assert requests(text) == expected
