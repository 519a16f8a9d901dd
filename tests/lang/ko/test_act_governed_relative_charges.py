"""(relatives65) A past relative clause with no subject of its own telling a charge of the state that is the main
act's object or addressee ('페루는 [칠레를 비판한] 콜롬비아에 항의했다'): that state's own charge, another act than the
main one of the same type, so neither the same-type drop of relative acts (lang/ko/acts.find_acts) nor the
content reading of an embedded act (act_clauses.outer_acts) removes it (`governed_head`, act_relatives.head_governed).
English reads the same with 'which' ('Peru protested to Colombia, which had criticized Chile'). Negatives: a
complement clause is the main charge's content; a present adnominal of a verb that is no act tells no charge
(relatives66: a present adnominal charge is the head's stance, ACCUSE). Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import event_sides

DAY = date(2026, 3, 12)


def accusations(text: str) -> set[tuple[frozenset[str], frozenset[str]]]:
    return {(actors, receivers) for kind, actors, receivers in event_sides(text, DAY) if kind == "ACCUSE"}


def pair(actors: set[str], receivers: set[str]) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(actors), frozenset(receivers)


@pytest.mark.parametrize("text,main,relative", [
    ("페루는 칠레를 비판한 콜롬비아에 항의했다.", pair({"PER"}, {"COL"}), pair({"COL"}, {"CHL"})),
    ("케냐는 소말리아를 비난한 에티오피아를 규탄했다.", pair({"KEN"}, {"ETH"}), pair({"ETH"}, {"SOM"})),
    ("가나는 토고를 비난한 나이지리아 대사에게 항의했다.", pair({"GHA"}, {"NGA"}), pair({"NGA"}, {"TGO"})),
    ("페루는 칠레를 비판하는 콜롬비아에 항의했다.", pair({"PER"}, {"COL"}), pair({"COL"}, {"CHL"})),  # relatives66:
    # a present adnominal charge states the head's stance, its ACCUSE too (docs/coding-choices.md)
    ("Peru protested to Colombia, which had criticized Chile.", pair({"PER"}, {"COL"}), pair({"COL"}, {"CHL"})),
    ("Kenya condemned Ethiopia, which had denounced Somalia.", pair({"KEN"}, {"ETH"}), pair({"ETH"}, {"SOM"})),
])
def test_relative_charge_of_the_one_charged(text, main, relative):
    found = accusations(text)
    assert main in found and relative in found, found


@pytest.mark.parametrize("text,main", [
    ("케냐는 에티오피아가 소말리아를 비난했다고 규탄했다.", pair({"KEN"}, {"ETH"})),  # a complement: the content
    ("페루는 칠레 업무를 담당하는 콜롬비아 대사에게 항의했다.", pair({"PER"}, {"COL"})),  # a present adnominal of no act
])
def test_no_second_charge(text, main):
    assert accusations(text) == {main}
