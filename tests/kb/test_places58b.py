"""places58b (issue 14, second round): place tables and place reading. Our own sentences and invented words."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from readout.kb.town_sound import dominant_town, one_name_per_town
from readout.lang.en.towns import town_of
from readout.settings import KOREAN
from tests.kb.data_scripts import data_script


@pytest.fixture(scope="module")
def build_towns():
    return data_script("build_towns.py")


@pytest.mark.parametrize("plural, people", [
    ("Brits", True),  # British: Brit + ish
    ("Turks", True), ("Poles", True), ("Swedes", True), ("Danes", True), ("Finns", True),  # the stem, or stem + e
    ("Britons", False),  # a demonym itself: the countries file's own form, read as the state before any town
    ("Nails", False), ("Tours", False),  # plurals of no people word
])
def test_demonym_plurals(build_towns, plural, people):
    """(class 1) The plural of an -ish demonym's people noun is a people word, never a town's name."""
    assert (plural in build_towns.demonym_plurals()) is people


@pytest.mark.parametrize("name, state", [
    ("Brits", None),  # a town of 100,000+, yet the plural of a people noun: common_words only
    ("Tours", "FRA"), ("Worms", "DEU"),  # a large town's plural name that is no people word keeps its town
])
def test_demonym_plural_is_no_town(name, state):
    assert town_of(name) == state


@pytest.mark.parametrize("text, kind, wrong", [
    ("Brits living abroad protested against the Spanish government on Sunday.", "PROTEST", "ZAF"),  # guard row
    ("Brits accused Hungary of ignoring stranded travellers.", "ACCUSE", "ZAF"),  # was South Africa accusing
])
def test_demonym_plural_acts_for_no_town(text, kind, wrong):
    """'Brits protested' is a people, not the South African town acting."""
    found = [e for e in extract_text(text, "places58b.txt", "2026-05-04").events if e.type == kind]
    assert all(wrong not in {p.country for p in e.participants} for e in found), \
        [(e.type, [p.country for p in e.participants]) for e in found]


@pytest.mark.parametrize("heard, town", [
    ({"Velykoselo": 9000}, "Velykoselo"),  # one town heard: it
    ({"Velykoselo": 30000, "Velykosela": 9000}, "Velykoselo"),  # 3x or more: the larger
    ({"Velykoselo": 27000, "Velykosela": 9000}, "Velykoselo"),  # exactly 3x
    ({"Velykoselo": 26000, "Velykosela": 9000}, None),  # alike in size: neither
    ({"Velykoselo": 9000, "Velykosela": 9000}, None),
    ({"Velykoselo": 9000, "Velykosela": 0}, "Velykoselo"),  # a town of unknown size yields to a known one
    ({"Velykoselo": 0, "Velykosela": 0}, None),
    ({"Velykoselo": 90000, "Velykosela": 20000, "Velykosil": 5000}, "Velykoselo"),  # against the next largest
    ({"Velykoselo": 50000, "Velykosela": 20000, "Velykosil": 5000}, None),
    ({}, None),
])
def test_dominant_town(heard, town):
    """(class 3) Of two towns of one state sounding alike, the larger where it is three times the other, else none."""
    assert dominant_town(heard, KOREAN.town_dominance) == town


@pytest.mark.parametrize("text, kind, wrong", [
    ("Opposition leader Mara Harrington accused the cabinet of fraud. Harrington police detained her aides on Friday.",
     "COERCE", "USA"),  # the surname of a person named in full before, then an agent noun: no US town's police
    ("Senator Lydia Hollister criticised the budget. Hollister officials later accused Canada of stalling.",
     "ACCUSE", "USA"),  # guard row (no event read either way)
])
def test_story_surname_before_agent_noun_is_no_town(text, kind, wrong):
    """(class 4) A town before an agent noun that is the surname of a person the story named is the person's word."""
    found = [e for e in extract_text(text, "places58b.txt", "2026-05-04").events if e.type == kind]
    assert all(wrong not in {p.country for p in e.participants} for e in found), \
        [(e.type, [p.country for p in e.participants]) for e in found]


@pytest.mark.parametrize("text, kind, state", [
    ("Harrington police detained six protesters on Friday.", "COERCE", "USA"),  # no person so named: the town
    ("Opposition leader Mara Quinlan accused the cabinet. Harrington police detained her aides on Friday.",
     "COERCE", "USA"),  # a person of another surname
])
def test_town_before_agent_noun_keeps_its_state(text, kind, state):
    found = [e for e in extract_text(text, "places58b.txt", "2026-05-04").events if e.type == kind]
    assert any(state in {p.country for p in e.participants} for e in found), \
        [(e.type, [p.country for p in e.participants]) for e in found]


@pytest.mark.parametrize("heard, names", [
    ([("Velykoselo", 9000, "1"), ("Velykoselo", 9000, "1")], {"Velykoselo": 9000}),
    ([("Velykoselyi", 9000, "1"), ("Velykoselij", 9000, "1")], {"Velykoselij": 9000}),  # one town's two spellings
    ([("Velykoselo", 9000, "1"), ("Velykosela", 9000, "2")], {"Velykoselo": 9000, "Velykosela": 9000}),  # two towns
    ([("Velykoselo", 0, ""), ("Velykosela", 0, "")], {"Velykoselo": 0, "Velykosela": 0}),  # sizes unknown: two
])
def test_one_name_per_town(heard, names):
    """(class 3) A town's spellings the table keeps are one town heard, so its size is weighed once."""
    assert one_name_per_town(heard) == names
