"""places57 (issue 14): a town struck as an attack's object with no state named is heard among the world's towns of
kb/city_sound.STRUCK_MIN_POPULATION or more (lang/ko/heard_cities.struck_town, lexicon ko `town_struck_after_re`),
where a town before '에서' needs WORLD_MIN_POPULATION. Our own sentences, with an English twin; a smaller town before
'에서', a Korean word struck and a town of the home states as negative rows."""
from __future__ import annotations

import pytest

from readout.kb.city_sound import struck_town_by_sound
from tests.event_sides import events, place


@pytest.mark.parametrize("text, kind, where", [
    ("러시아군은 월요일 쿠피안스크를 포격했다.", "ASSAULT", ("Kupyansk", "UKR")),
    ("러시아군은 밤사이 쿠피안스크를 드론으로 공격했다.", "ASSAULT", ("Kupyansk", "UKR")),  # words between
    ("Russian forces shelled Kupiansk on Monday.", "ASSAULT", ("Kupyansk", "UKR")),  # English twin
    ("러시아군은 정부 청사를 공습했다.", "ASSAULT", None),  # Korean words struck: no town
])
def test_struck_town_is_the_place(text, kind, where):
    assert place(text, kind) == where


@pytest.mark.parametrize("word, name", [
    ("쿠피안스크", "Kupyansk"),
    ("청사", None),  # too short a word
    ("부산진", None),  # a home state's town: never by sound
])
def test_struck_town_by_sound(word, name):
    entry = struck_town_by_sound(word)
    assert (entry and entry.name) == name


def test_a_smaller_town_before_a_locative_is_not_heard_so():
    found = [e for e in events("러시아군은 쿠피안스크에서 주민 3명을 체포했다.") if e.type == "COERCE"]
    assert found and found[0].location is None
