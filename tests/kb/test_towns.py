"""Towns (towns_world.yaml) and the spelling guard (spelling_guard_en.yaml): generated tables with their
sources in the header, schema-valid, real codes, and free of the words their filters are for."""
from importlib import resources

import pytest

from readout.kb.geo import all_country_codes
from readout.kb.loader import parse
from readout.kb.schema import SpellingGuardFile, TownsFile


@pytest.mark.parametrize("name, words", [
    ("towns_world.yaml", ("GENERATED", "GeoNames", "CC BY", "web2", "public domain", "names.")),
    ("spelling_guard_en.yaml", ("GENERATED", "web2", "public domain", "words.")),
])
def test_headers_name_source_licence_and_size(name, words):
    head = resources.files("readout.data").joinpath(name).read_text(encoding="utf-8")[:1200]
    for word in words:
        assert word in head, word


def test_towns_are_valid_and_filtered():
    names = parse("towns_world.yaml", TownsFile).names
    assert set(names.values()) <= all_country_codes()
    assert names.get("Innsbruck") == "AUT" and names.get("Entebbe") == "UGA"
    for word in ("Mobile", "Reading", "Bath", "Split", "Marion", "Florence", "Paris", "Seoul", "Texas"):
        assert word not in names, word  # English words, given names, large cities and regions are elsewhere


def test_spelling_guard_holds_words_near_country_names():
    words = set(parse("spelling_guard_en.yaml", SpellingGuardFile).words)
    assert {"Liberal", "Algebra"} <= words and "Sweden" not in words


@pytest.mark.parametrize("name, code", [
    ("Taldom", "RUS"),  # towns of 5,000 to 15,000 people (issue 14)
    ("Siniscola", "ITA"),
])
def test_towns_below_fifteen_thousand_people_are_read(name, code):
    from readout.lang.en.towns import town_of

    assert town_of(name) == code
