"""charges51b (issues 13, 15): charges and threats, second round, in both languages. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides

PUBLISHED = "2026-05-20"


@pytest.mark.parametrize("text, kind", [
    # 'its' opening the object of an attack or threat in a reported clause with its own subject is the speaker's
    ("Paraguay said Bolivia had shelled its border post.", "ASSAULT"),
    ("Paraguay said that Bolivian troops had attacked its embassy on Sunday.", "ASSAULT"),
    ("Paraguay said Bolivia had threatened to bomb its ports.", "THREATEN"),
    ("파라과이는 볼리비아가 국경 초소를 포격했다고 말했다.", "ASSAULT"),
])
def test_its_object_in_a_reported_clause_is_the_speakers(text, kind):
    assert sides(text, kind, PUBLISHED) == [(["BOL"], ["PRY"])]


@pytest.mark.parametrize("text, kind", [
    # negative: 'its own' is the doer's; 'its' in the speaker's own clause and a measure on its own border are left
    ("Paraguay said Bolivia had shelled its own border post.", "ASSAULT"),
    ("Paraguay said it had shelled its border post.", "ASSAULT"),
    ("Paraguay said Bolivia had closed its border.", "COERCE"),
])
def test_its_object_left_where_it_is_the_doers(text, kind):
    assert [struck for _, struck in sides(text, kind, PUBLISHED)] == [[]]
