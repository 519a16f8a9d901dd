"""(towns48, issue 13) A town the news spells otherwise than GeoNames ('Kostiantynivka', 'Kupiansk' beside GeoNames'
Kostyantynivka, Kupyansk) is its town: towns_world.yaml takes each town's other spellings of its own name from its
GeoNames alternate names (scripts/data/build_towns.py `spelling_of`), not one town by hand. Negative rows: an
alternate that is another name, not a spelling ('Kupchinka'), and a spelling that is an English word, stay out.
Our own sentences."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from readout.lang.en.towns import town_of
from tests.conftest import events_of


def article(text: str):
    return extract_text(text, "towns48.txt", "2026-03-02")


@pytest.mark.parametrize("text, place", [
    ("Heavy fighting raged near Kostiantynivka on Monday.", "Kostiantynivka"),
    ("Artillery duels went on outside Sievierodonetsk on Monday.", "Sievierodonetsk"),
])
def test_a_towns_other_spelling_is_the_place(text, place):
    got = {(n, p.country) for p in article(text).places if p.span.data.get("locative") for n in (p.name, *p.names)}
    # places53: the written spelling is among the names of GeoNames' own town ('Kostyantynivka')
    assert any(name == place and country == "UKR" for name, country in got), got


def test_a_towns_other_spelling_acts_for_its_state():
    accuses = events_of(article("Kupiansk officials accused Moscow of lying on Monday."), "ACCUSE")
    assert any("UKR" in {p.country for p in e.participants} for e in accuses), accuses


@pytest.mark.parametrize("name, state", [
    ("Avdiivka", "UKR"), ("Sloviansk", "UKR"), ("Kupiansk", "UKR"),
    ("Kupchinka", None),  # an older name among the alternates, no spelling of the town's own
    ("Heavy", None),  # an English word is never a town
])
def test_the_town_table_holds_spellings_only(name, state):
    assert town_of(name) == state
