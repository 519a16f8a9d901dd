"""places58b (issue 14, second round): Korean place reading. Every sentence is our own."""
from __future__ import annotations

import pytest

from readout.kb.region_sound import region_by_sound, region_named_by_sound
from tests.event_sides import place


@pytest.mark.parametrize("word,state,name", [
    ("하르키우", "UKR", "Kharkiv"),  # a final -iv written 우 (the Ukrainian rules), as the city is heard
    ("체르니히우", "UKR", "Chernihiv"),
    ("미콜라이우", "UKR", "Mykolaiv"),
    ("테르노필", "UKR", "Ternopil"),  # no v: as before
])
def test_ukrainian_final_v_region(word, state, name):
    """(class 2a) A Ukrainian oblast named by its city's -iv is heard with the city's Korean spelling."""
    assert region_by_sound(word, exact=True) == state
    assert region_named_by_sound(word, state) == name


@pytest.mark.parametrize("text,located", [
    ("러시아군이 밤새 하르키우주를 포격했다.", ("Kharkiv", "UKR")),
    ("러시아군이 체르니히우주를 공습했다.", ("Chernihiv", "UKR")),
])
def test_struck_ukrainian_region_ko(text, located):
    """(class 2a) '…우주를 포격했다': the oblast struck is the attack's place."""
    assert place(text, "ASSAULT") == located
