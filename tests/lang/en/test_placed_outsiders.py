"""(located66) An outsider's agents placed in a state ('foreign troops in Mali') are neither that state's nor the
actor's own: the place is no receiving side and the people noun no domestic target (lang/en/act_placed_outsiders.py).
The Korean class is tests/lang/ko/test_placed_outsiders.py. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events


def received(text: str) -> set[tuple[str, str]]:
    return {(r.country, r.sector) for e in events(text) for r in e.recipients}


@pytest.mark.parametrize("text, party", class_rows({
    "place-of-outsiders": [
        ("Peru condemned foreign troops in Mali on Tuesday.", ("MLI", "GOV")),
        ("Chile criticized foreign journalists in northern Niger on Friday.", ("NER", "GOV")),
        ("Norway denounced the presence of foreign fighters in Chad.", ("TCD", "GOV")),
    ],
    "not-the-actor's-own": [
        ("Peru condemned foreign troops on Tuesday.", ("PER", "MIL")),
        ("Chile criticized foreign security forces at the border.", ("CHL", "COP")),
    ],
}))
def test_outsiders_place_is_no_side(text: str, party: tuple[str, str]) -> None:
    assert party not in received(text)


@pytest.mark.parametrize("text, party", class_rows({
    "the-place's-own": [  # no outsider's word: the place's agents, as before
        ("Peru condemned troops in Mali on Tuesday.", ("MLI", "MIL")),
        ("Chile criticized police in Gabon on Friday.", ("GAB", "COP")),
    ],
    "another-state's": [  # a country word names whose they are
        ("Peru condemned Chadian troops in Mali on Tuesday.", ("TCD", "MIL")),
    ],
    "state-named-before": [  # the object is the state; the outsiders come after it
        ("Peru condemned Mali for hosting foreign troops.", ("MLI", "GOV")),
        ("Chile accused Niger of attacking foreign monitors in Benin.", ("NER", "GOV")),
    ],
}))
def test_other_agents_keep_their_side(text: str, party: tuple[str, str]) -> None:
    assert party in received(text)
