"""places57 (issue 14): a town before '에서' heard among none of the sentence's one state's cities is heard among the
cities of the territories a sentence naming that state places towns in (places.yaml `neighbour_territories`;
lang/ko/heard_cities.territory_town): the town's own state is the place's. Our own sentences, with English twins; a
town of the state itself, a Korean word and a state with no such territory as negative rows."""
from __future__ import annotations

import pytest

from readout.kb.cities import neighbour_territories
from readout.lang.ko.heard_cities import territory_town
from tests.event_sides import events, first_of


def place(text: str, kind: str):
    first = first_of(events(text), type=kind)
    loc = first.location
    return loc and loc.country


@pytest.mark.parametrize("text, kind, where", [
    ("이스라엘군은 제닌에서 주민 5명을 체포했다.", "COERCE", "PSE"),
    ("이스라엘 경찰은 목요일 툴카렘에서 학생 4명을 구금했다.", "COERCE", "PSE"),
    ("이스라엘군은 칼킬리야에서 청년 2명을 체포했다.", "COERCE", "PSE"),
    ("Israeli troops arrested five residents in Jenin.", "COERCE", "PSE"),  # English twin
    ("이스라엘 경찰은 하이파에서 주민 3명을 체포했다.", "COERCE", "ISR"),  # the state's own city
    ("이스라엘 경찰은 정부에서 주민 3명을 체포했다.", "COERCE", None),  # a Korean word: no town
    ("이스라엘 경찰은 화요일 라파에서 주민 9명을 체포했다.", "COERCE", None),  # sounds like Rabat too: weak
    ("이집트 경찰은 제닌에서 주민 3명을 체포했다.", "COERCE", None),  # a state with no such territory
])
def test_territory_town_is_the_place(text, kind, where):
    assert place(text, kind) == where


@pytest.mark.parametrize("word, code, name", [
    ("제닌", "ISR", "Janīn"),
    ("칼킬리야", "ISR", "Qalqīlyah"),
    ("정부", "ISR", None),  # no town sounds so
])
def test_territory_town(word, code, name):
    entry = territory_town(word, code)
    assert (entry and entry.name) == name


def test_territories_are_paired_each_way():
    table = neighbour_territories()
    assert all(code in table.get(other, ()) for code, others in table.items() for other in others)
