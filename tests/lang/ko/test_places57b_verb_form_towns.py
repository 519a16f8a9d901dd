"""places57b (issue 14): a whole word kiwi splits into a verb made a noun (이/MM 지우/VV ᆷ/ETN) before its object particle
and an attack word is heard as a struck town (lang/ko/heard_cities.struck_verb_forms), and a struck town's key may
hold two consonant classes (kb/city_sound.STRUCK_MIN_CONSONANTS). Our own sentences, with English twins; Korean nouns
made of verbs, a Korean person's name, and the word before '에서' (no attack word) as negative rows."""
from __future__ import annotations

import pytest

from readout.kb.city_sound import struck_town_by_sound
from tests.event_sides import events


@pytest.mark.parametrize("text, kind, where", [
    ("러시아군은 이지움을 공습했다.", "ASSAULT", ("Izyum", "UKR")),
    ("러시아군은 밤사이 이지움을 드론으로 공격했다.", "ASSAULT", ("Izyum", "UKR")),  # words between
    ("Russian forces bombed Izium overnight.", "ASSAULT", ("Izyum", "UKR")),  # English twin
    ("반군은 시위대의 믿음을 공격했다.", "ASSAULT", None),  # a noun made of a verb, in kiwi's dictionary
    ("경찰은 김지움을 공격했다.", "ASSAULT", None),  # a Korean person's name: kiwi reads it whole
])
def test_a_town_kiwi_reads_as_a_verb_form_is_heard_struck(text, kind, where):
    found = [e for e in events(text) if e.type == kind]
    got = found[0].location if found else None
    assert (got and (got.name, got.country)) == where


def test_no_attack_word_no_town():
    found = [e for e in events("러시아군은 이지움에서 주민 3명을 체포했다.") if e.type == "COERCE"]
    assert found and found[0].location is None


@pytest.mark.parametrize("word, name", [
    ("이지움", "Izyum"),  # a key of two consonant classes, one city in the world
    ("이르핀", None),  # two classes, several cities (Irpin, Irbin, Irving): none
    ("부차", None),  # two syllables: never with no state
])
def test_struck_town_by_sound_two_classes(word, name):
    entry = struck_town_by_sound(word)
    assert (entry and entry.name) == name
