"""(relatives65) One Korean verb of asking with its addressees and objects paired in a comma list ('A는 B에 X를, C에
Y를 (각각) 촉구했다') asks each addressee its own thing: one act per pair, each aimed at its addressee
(lang/ko/act_paired_addressees). Negatives: addressees joined by 와/과 share one act; one addressee with two objects
joined by 와 is one act; a single pair is one act. Our own sentences."""
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
    ("페루는 칠레에 병력 철수를, 볼리비아에 국경 개방을 각각 촉구했다.", {pair({"PER"}, {"CHL"}), pair({"PER"}, {"BOL"})}),
    ("케냐는 에티오피아에 자제를, 소말리아에 대화를 촉구했다.", {pair({"KEN"}, {"ETH"}), pair({"KEN"}, {"SOM"})}),
    ("가나 외교부는 토고에 국경 개방을, 베냉에 대화 재개를 각각 요구했다.",
     {pair({"GHA"}, {"TGO"}), pair({"GHA"}, {"BEN"})}),
    # negatives: one joint addressee, two objects of one addressee, one pair
    ("페루는 칠레와 볼리비아에 병력 철수를 촉구했다.", {pair({"PER"}, {"CHL", "BOL"})}),
    ("페루는 칠레에 병력 철수와 국경 개방을 촉구했다.", {pair({"PER"}, {"CHL"})}),
    ("페루는 칠레에 병력 철수를 촉구했다.", {pair({"PER"}, {"CHL"})}),
])
def test_paired_addressees(text, expected):
    assert requests(text) == expected
