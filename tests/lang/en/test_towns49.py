"""(entowns49, issues 13, 14) Two classes of English place names.

A place whose name is also a common English word ('Mobile', 'Reading', 'Nice', 'Sales': common_word_places.yaml, built
from wordfreq and SCOWL by scripts/data/build_common_word_places.py) is a place only in a place frame: after a place
preposition, before a comma and a state, after 'the city of'. A bare capitalized word acting or before a noun
names no state (lang/en/common_word_places.py). Negative rows: the place frames, a city whose name is no common word.

A large city's name large cities of several states bear ('Tripoli', 'Valencia', 'Cordoba') is the city of the state the
sentence names, else of the state the story names most, else the most populous (lang/en/shared_cities.py), as the
Korean shared names are (towns48). Negative rows: no state named, or a name no other large city bears.
Our own sentences."""
from __future__ import annotations

from importlib import resources

import pytest

from readout.api import extract_text
from readout.lang.en.countries import find_countries
from readout.lang.en.places import find_places


def mention_states(text: str) -> set[str]:
    return {c for m in find_countries(text, 0) for c in m.codes}


def located(text: str) -> set[tuple[str, str]]:
    return {(p.name, p.country) for p in find_places(text, 0) if p.span.data.get("locative")}


def story_places(text: str) -> set[tuple[str, str]]:
    return {(p.name, p.country) for p in extract_text(text, "towns49.txt", "2026-03-02").places}


# --- a common word is no state acting or before a noun
@pytest.mark.parametrize("text, state", [
    ("Mobile officials said the Honduran consul had left the port.", "USA"),  # before an agent noun
    ("Reading said the Italian mayor had resigned.", "GBR"),  # acting before a verb
    ("Nice said the Italian mayor had resigned.", "FRA"),
    ("Sales officials in Lisbon rejected the Moroccan offer.", "BRA"),  # a town's name, a plural word
    ("Marks officials said the Nepali trekkers were safe.", "BRA"),
])
def test_a_common_word_place_acts_for_no_state(text, state):
    assert state not in mention_states(text), find_countries(text, 0)


@pytest.mark.parametrize("text", [
    "The Nice talks between Mali and Niger ended on Friday.",  # a meeting noun after it: the adjective's reading
    "Reading the statement aloud, the Peruvian minister rebuked Chile.",
    "Mobile phones were seized when Georgian police raided the flat.",
])
def test_a_common_word_place_modifies_no_meeting_and_opens_no_place(text):
    assert not {n for n, _ in located(text)} & {"Nice", "Reading", "Mobile"}, find_places(text, 0)


@pytest.mark.parametrize("text, place", [
    ("Dockers blocked the harbour in Mobile on Tuesday.", ("Mobile", "USA")),  # after a place preposition
    ("Protesters gathered in Mobile, Alabama, to denounce the Cuban consul.", ("Mobile", "USA")),
    ("Dozens rallied in Reading against the Iranian embassy.", ("Reading", "GBR")),
    ("Riot officers cleared a square in the city of Nice on Sunday.", ("Nice", "FRA")),
])
def test_a_common_word_place_in_a_place_frame_stays_a_place(text, place):
    assert place in located(text), find_places(text, 0)


@pytest.mark.parametrize("text, state", [
    ("Lyon police said the Algerian suspect was held.", "FRA"),  # no common word: the city's agents
    ("Leipzig officials said the Polish lorry had been towed.", "DEU"),
])
def test_a_city_named_by_no_common_word_still_acts(text, state):
    assert state in mention_states(text), find_countries(text, 0)


def test_the_common_word_table_is_generated_checked_and_sourced():
    from readout.kb.loader import parse
    from readout.kb.schema import CommonWordPlacesFile

    head = resources.files("readout.data").joinpath("common_word_places.yaml").read_text(encoding="utf-8")[:1200]
    for word in ("GENERATED", "wordfreq", "CC BY-SA", "SCOWL", "words."):
        assert word in head, word
    table = parse("common_word_places.yaml", CommonWordPlacesFile)
    assert {"Mobile", "Reading", "Nice", "Sale"} <= set(table.words)
    assert not {"Paris", "London", "Shanghai", "Phoenix", "Lyon", "Boston"} & set(table.words)  # places first
    with pytest.raises(Exception):
        CommonWordPlacesFile(version=1, updated="2026-12-06", zipf_cut=3.5, words=["mobile"])


# --- a shared large city's name: the named state's city, else the story's, else the largest
@pytest.mark.parametrize("text, place", [
    ("Clashes broke out in Tripoli overnight, the Lebanese army said.", ("Tripoli", "LBN")),
    ("Clashes broke out in Tripoli overnight, the Libyan army said.", ("Tripoli", "LBY")),
    ("Thousands marched in Valencia against the Spanish government's budget.", ("Valencia", "ESP")),
    ("Venezuelan troops were deployed in Valencia on Sunday.", ("Valencia", "VEN")),
    ("Farmers protested in Cordoba against Spain's water plan.", ("Córdoba", "ESP")),
    ("Dockers struck in Barcelona, a Venezuelan union leader said.", ("Barcelona", "VEN")),
])
def test_a_shared_city_is_the_named_states(text, place):
    assert place in located(text), find_places(text, 0)


def test_a_shared_city_no_sentence_decides_takes_the_storys_state():
    text = ("Lebanon's cabinet held an emergency session on Monday. Gunmen fired on a checkpoint in Tripoli overnight. "
            "Lebanese troops were sent to the area.")
    assert ("Tripoli", "LBN") in story_places(text), story_places(text)


@pytest.mark.parametrize("text, place", [
    ("Gunmen fired on a checkpoint in Tripoli overnight.", ("Tripoli", "LBY")),  # no state named: the larger city
    ("Riot police cleared a square in Valencia on Sunday.", ("Valencia", "VEN")),
    ("Lebanese and Libyan envoys met in Tripoli on Sunday.", ("Tripoli", "LBY")),  # both named: no choice made
    ("Lebanese envoys met Syrian officials in Damascus on Sunday.", ("Damascus", "SYR")),  # no shared name
])
def test_an_undecided_or_unshared_city_keeps_its_reading(text, place):
    assert place in located(text), find_places(text, 0)


def test_a_libyan_story_keeps_libyan_tripoli():
    text = ("Libya's parliament met on Monday. Gunmen fired on a checkpoint in Tripoli overnight. "
            "Libyan troops were sent to the area.")
    assert ("Tripoli", "LBY") in story_places(text), story_places(text)


# the Korean reader's shared names decide the same way (lang/ko/shared_towns.py)
@pytest.mark.parametrize("text, place", [
    ("스페인 경찰은 5일 발렌시아에서 시위대를 해산했다.", ("Valencia", "ESP")),
    ("레바논 군은 5일 트리폴리에서 무장대원들과 교전했다.", ("Tripoli", "LBN")),
])
def test_a_korean_shared_city_is_the_named_states(text, place):
    assert place in story_places(text), story_places(text)


# --- a town named by an English word or a given name (towns_world.yaml `common_words`): a place only in a place frame
# naming its state, or after 'the city of'
@pytest.mark.parametrize("text, place", [
    ("Croatian police detained two men in Split on Monday.", ("Split", "HRV")),
    ("British pensioners marched in Bath against the fuel levy.", ("Bath", "GBR")),
    ("Riot officers cleared a square in the city of Split on Sunday.", ("Split", "HRV")),
])
def test_a_common_word_town_in_a_place_frame_naming_its_state_is_a_place(text, place):
    assert place in located(text), find_places(text, 0)


@pytest.mark.parametrize("text, name", [
    ("Two men were detained in Split on Monday.", "Split"),  # the state not named
    ("The deal would split the region, Croatian officials said.", "Split"),  # the word, no place frame
    ("Split officials said the Croatian ferry had docked.", "Split"),  # before a noun
    ("British troops arrived in March, the minister said.", "March"),  # a month: no town's
    ("Hungarian officials met in Bath on Friday.", "Bath"),  # another state named
])
def test_a_common_word_town_without_its_frame_is_no_place(text, name):
    assert name not in {n for n, _ in located(text)}, find_places(text, 0)


def test_the_common_word_towns_table_holds_words_not_months():
    from readout.lang.en.towns import common_word_towns, town_of

    table = common_word_towns()
    assert table.get("Split") == "HRV" and table.get("Bath") == "GBR"
    assert "March" not in table and town_of("Split") is None  # never read where any town would act
