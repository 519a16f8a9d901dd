"""places58 (issue 14): place tables and place reading. Our own sentences and invented words."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from readout.lang.en.towns import town_of
from tests.event_sides import place
from tests.kb.data_scripts import data_script

LOWER = {"nail", "van", "sword", "skerry", "tuba", "loch", "argo", "box"}  # an invented word list for the rule


@pytest.fixture(scope="module")
def plural_word():
    return data_script("build_towns.py").plural_word


@pytest.mark.parametrize("name, plural", [
    ("Nails", True), ("Vans", True), ("Swords", True),
    ("Skerries", True),  # -ies of a consonant's y
    ("Lochs", True), ("Loches", True), ("Boxes", True),  # -es after a hissing sound, or -s
    ("Tubas", False), ("Argos", False),  # a singular ending in a vowel: no English noun's shape
    ("Nailss", False), ("Nail", False),  # no regular plural
    ("Vans Beach", False),  # several words: is_word's rule for them stands
    ("Quarks", False),  # the singular is no word of the list
])
def test_plural_word(plural_word, name, plural):
    assert plural_word(name, LOWER) is plural


@pytest.mark.parametrize("name, state", [
    ("Nails", None), ("Vans", None), ("Swords", None), ("Shields", None),  # plural words: common_words only
    ("Tours", "FRA"), ("Worms", "DEU"),  # a town of 50,000 or more keeps its own plural name
    ("Tubas", "PSE"), ("Argos", "GRC"),  # no English plural's shape
])
def test_plural_words_are_no_towns(name, state):
    assert town_of(name) == state


@pytest.mark.parametrize("text, kind, wrong", [
    ("Vans officials accused Russia of blocking the deal.", "ACCUSE", "FRA"),  # a brand, not Vans in France
    ("Nails residents protested against the Canadian government.", "PROTEST", "USA"),
])
def test_capitalized_plural_acts_for_no_state(text, kind, wrong):
    """A capitalized plural noun before an agent noun is no town acting for its state."""
    found = [e for e in extract_text(text, "places58.txt", "2026-05-04").events if e.type == kind]
    assert all(wrong not in {p.country for p in e.participants} for e in found), \
        [(e.type, [p.country for p in e.participants]) for e in found]


@pytest.mark.parametrize("text, located", [
    ("Israeli troops raided Nablus Governorate before dawn.", ("Nablus", "PSE")),  # a capitalized type word
    ("Turkish drones struck Duhok Governorate on Tuesday.", ("Duhok", "IRQ")),
    ("Israeli troops raided the Tubas district before dawn.", ("Tubas", "PSE")),  # a second-level region's type word
    ("Coalition jets pounded Helmand overnight.", ("Helmand", "AFG")),  # a region named alone, struck
    ("Gunmen attacked Nangarhar on Tuesday.", ("Nangarhar", "AFG")),
])
def test_struck_region_is_the_place(text, located):
    """(class 4) A first- or second-level region an attack strikes is the attack's place."""
    assert place(text, "ASSAULT") == located


@pytest.mark.parametrize("text", [
    "The governor of Nablus Governorate resigned on Tuesday.",  # no locative, no attack: a body's region
])
def test_region_of_a_body_places_nothing(text):
    assert not extract_text(text, "places58.txt", "2026-05-04").places


@pytest.mark.parametrize("text, state", [
    ("Police detained six activists in Laayoune on Tuesday.", "ESH"),  # GeoNames: EH
    ("Police detained six activists in Boujdour on Tuesday.", "ESH"),
    ("Police detained six activists in Smara on Tuesday.", "MAR"),  # GeoNames: MA (the Moroccan region's town)
])
def test_western_sahara_towns_follow_geonames(text, state):
    """(class 3) A Western Sahara town's state is its GeoNames country code, in English as in Korean
    (tests/lang/ko/test_places58_ko.py)."""
    assert place(text, "COERCE")[1] == state


@pytest.mark.parametrize("text, located", [
    ("Russian artillery shelled Siversk overnight.", ("Siversk", "UKR")),  # the Korean twin's name and state
    ("Russian jets bombed Vuhledar overnight.", ("Vuhledar", "UKR")),
])
def test_small_struck_town_en(text, located):
    """(class 2) The English reading the Korean heard small town agrees with."""
    assert place(text, "ASSAULT") == located


@pytest.mark.parametrize("text, kind, wrong", [
    ("Opposition leader Mara Harrington accused the cabinet of fraud. Harrington said police had detained her aides.",
     "COERCE", "USA"),  # the surname of a person named before: no US town acting
])
def test_story_surname_is_no_town(text, kind, wrong):
    """(class 5b) A surname alone, after the story named its person in full, is the person, not a town."""
    found = [e for e in extract_text(text, "places58.txt", "2026-05-04").events if e.type == kind]
    assert all(wrong not in {p.country for p in e.participants} for e in found), \
        [(e.type, [p.country for p in e.participants]) for e in found]


def test_town_acting_with_no_such_person_keeps_its_state():
    """A town acting where no person of its name was named keeps standing for its state (guard row)."""
    events = extract_text("Haifa condemned the attack on Tuesday.", "places58.txt", "2026-05-04").events
    assert any("ISR" in {p.country for p in e.participants} for e in events), \
        [(e.type, [p.country for p in e.participants]) for e in events]
