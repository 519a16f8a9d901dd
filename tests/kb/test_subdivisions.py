"""First-level regions (subdivisions_world.yaml): ISO names without their local type word, and type words
after a region's name in text."""
from datetime import date

import pytest

from readout.api import extract_text
from readout.kb.subdivisions import short_subdivision_names, subdivision_named


@pytest.mark.parametrize("names, expected", [
    ({"Guangdong Sheng": "CHN"}, {"Guangdong": "CHN"}),
    ({"Xinjiang Uygur Zizhiqu": "CHN"}, {"Xinjiang": "CHN"}),
    ({"Shan": "MMR"}, {}),                                        # nothing to take off
    ({"Alpha Province": "AAA", "Alpha State": "BBB"}, {}),        # a short name two states would share
    ({"Beta Sheng": "CHN", "Beta": "CHN"}, {}),                   # the short name is listed already
])
def test_short_names(names, expected):
    assert short_subdivision_names(names) == expected


@pytest.mark.parametrize("name, code", [
    ("Shan State", "MMR"), ("Sichuan Province", "CHN"), ("Guangdong", "CHN"), ("Nowhere State", None),
])
def test_region_with_type_word(name, code):
    assert subdivision_named(name) == code


# second-level subdivisions (districts, provinces, departments) that pass the English-word filter (issue 14)
SECOND_LEVEL = [
    ("Kishoreganj officials condemned Norway on Monday.", "BGD"),
    ("Palawan officials accused China of harassment.", "PHL"),
    ("Gironde officials condemned Spain on Monday.", "FRA"),
    ("Gyeongsangbuk officials criticized Japan on Monday.", "KOR"),  # the type word -do dropped
    ("Rio de Janeiro officials criticized Argentina on Monday.", "BRA"),  # a connecting word kept
]
# a region ISO splits into compass parts, acting by its bare name (actors6)
COMPASS_SPLIT = [
    ("Darfur rebels accused Chile of arming the army.", "SDN"),
    ("Kivu militias condemned Chile on Friday.", "COD"),
    ("Kordofan fighters condemned Chile.", "SDN"),
]


@pytest.mark.parametrize("text, code, day", [(text, code, date(2025, 3, 4)) for text, code in SECOND_LEVEL]
                         + [(text, code, date(2024, 5, 22)) for text, code in COMPASS_SPLIT])
def test_a_region_before_an_agent_noun_stands_for_its_state(text, code, day):
    assert code in {p.country for e in extract_text(text, published=day).events for p in e.participants}


def test_second_level_names_that_are_english_words_are_left_out():
    from readout.kb.geo import subdivision_index

    names = subdivision_index()
    assert names.get("Kishoreganj") == "BGD"
    assert not {"Kent", "Essex", "Reading", "Derby", "Down"} & set(names)


# a region ISO splits into compass parts, by its bare name (actors6)
@pytest.mark.parametrize("names, expected", [
    ({"North Alpha": "AAA", "South Alpha": "AAA"}, {"Alpha": "AAA"}),
    ({"Nord-Beta": "BBB", "Sud-Beta": "BBB"}, {"Beta": "BBB"}),            # French compass words after a hyphen
    ({"Gamma Barat": "CCC", "Gamma Timur": "CCC"}, {"Gamma": "CCC"}),      # Indonesian, after the name
    ({"North Delta": "DDD"}, {}),                                          # one part names no whole region
    ({"North Eps": "AAA", "South Eps": "BBB"}, {}),                        # parts of two states
    ({"Western Cape": "ZAF", "Eastern Cape": "ZAF"}, {}),                  # a generic geographic word
    ({"North Zeta": "AAA", "South Zeta": "AAA", "Zeta": "BBB"}, {}),       # a listed region keeps its name
])
def test_regional_cores(names, expected):
    from readout.kb.subdivisions import regional_cores

    assert regional_cores(names) == expected


# the builder's second and third sources (issue 14, actors9): English other names and derived region demonyms
def _table():
    from readout.kb.loader import parse

    return parse("subdivisions_world.yaml", "SubdivisionsFile")


@pytest.mark.parametrize("name, code", [
    ("Bavaria", "DEU"), ("Crimea", "UKR"), ("Zavkhan", "MNG"), ("Urozgan", "AFG"), ("Tuscany", "ITA"),
    ("Chechnya", "RUS"), ("Flanders", "BEL"),
])
def test_english_names_of_regions_iso_lists_by_their_local_name(name, code):
    assert _table().names[name] == code


@pytest.mark.parametrize("nickname", ["The Empire State", "Empire State", "Holy Cross", "Land of the Rose",
                                      "Grey City", "Plateaus", "Monasteries"])
def test_nicknames_and_ordinary_words_are_no_region_names(nickname):
    assert nickname not in _table().names


@pytest.mark.parametrize("demonym, code", [
    ("Bavarian", "DEU"), ("Crimean", "UKR"), ("Texan", "USA"), ("Andalusian", "ESP"), ("Rajasthani", "IND"),
    ("Hawaiian", "USA"), ("Corsican", "FRA"), ("Sindhi", "PAK"),
])
def test_region_demonyms(demonym, code):
    assert _table().demonyms[demonym] == code


def test_no_demonym_is_a_country_form_a_city_or_an_ordinary_word():
    from readout.kb.geo import country_index

    table = _table().demonyms
    assert len(table) >= 80
    countries = country_index()
    assert not [d for d in table if d in countries]
    for word in ("Milan", "Susan", "Bahai", "Hanoverian", "Toledoan", "Sicilian", "Punjabi"):  # other meanings,
        assert word not in table  # a lower-case English word, or a region two states share (Punjab)
