"""(conflict54) An ultimatum given, sent, delivered or handed ('gave X an ultimatum to withdraw') is issued to X:
THREATEN with no mode (enpar54: an ultimatum names no content of its threat), as 'issued an ultimatum to X' and Korean
'X에 최후통첩을 보냈다' read. Giving something else ('gave X an award') is no threat. Our own sentences."""
from __future__ import annotations

import pytest
from tests.event_sides import first_of

ROWS = [  # (sentence, threatener, threatened)
    ("Azerbaijan gave Armenia an ultimatum to withdraw its troops from the ridge.", "AZE", "ARM"),
    ("Kenya sent Somalia an ultimatum on Tuesday.", "KEN", "SOM"),
    ("Kenya delivered an ultimatum to Somalia.", "KEN", "SOM"),
    ("케냐는 소말리아에 최후통첩을 보냈다.", "KEN", "SOM"),
]


@pytest.mark.parametrize("text, actor, target", ROWS)
def test_a_given_ultimatum_threatens(extract, text, actor, target):
    first = first_of(extract(text).events, type="THREATEN")
    assert {p.country for p in first.participants} == {actor}
    assert {r.country for r in first.recipients} == {target} and first.mode is None


def test_a_given_award_is_no_threat(extract):
    found = extract("Kenya gave Somalia an award for its athletes.").events
    assert not [e for e in found if e.type == "THREATEN"], [(e.type, e.mode) for e in found]
