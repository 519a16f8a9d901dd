"""Who a Korean sentence's sides are, for the classes the NEWS4 probe opened: a product's origin ('중국산') is
only the target of a measure on the product, never an actor; the people of a city ('부산 어민들') are their
state's civilians; a state's military craft act for it ('북한 경비정이', with a count: '경비정 1척이'), and
crossing a military line is MOBILIZE. Every sentence is written for the test."""
from __future__ import annotations

from datetime import date

import pytest

from readout.lang.ko.country_words import countries_of_word, read_word
from tests.conftest import countries, events_of

DAY = date(2023, 3, 17)


@pytest.mark.parametrize("word, codes", [("칠레산", ("CHL",)), ("페루산", ("PER",)), ("독일제", ("DEU",))])
def test_an_origin_is_a_recipient_never_an_actor(word, codes):
    reading = read_word(word)
    assert reading.codes == codes and reading.recipient and countries_of_word(word) == []


@pytest.mark.parametrize("word", ["생산", "부산", "재산", "자산", "미산"])  # no full country name before 산
def test_a_word_ending_in_the_suffix_is_no_origin(word):
    assert not read_word(word).recipient


@pytest.mark.parametrize("text, actors, recipients", [
    ("칠레는 페루산 구리에 20%의 관세를 부과했다.", {"CHL"}, {"PER"}),
    ("칠레는 페루산 어류 수입을 금지했다.", {"CHL"}, {"PER"}),
])
def test_a_measure_on_a_product_targets_its_origin(extract, text, actors, recipients):
    (e,) = events_of(extract(text, published=DAY), "SANCTION")
    assert countries(e.participants) == actors and countries(e.recipients) == recipients


def test_a_product_is_no_actor(extract):
    assert not [e for e in extract("페루산 구리가 칠레 시장에 공급됐다.", published=DAY).events
                if "PER" in countries(e.participants)]


@pytest.mark.parametrize("text, actor, sector, kind", [
    ("리마 주민들은 칠레 정부에 항의했다.", "PER", "CVL", "ACCUSE"),
    # fishermen keep their own sector (AGR, as the Phoenix agents dictionary and the English table code them)
    ("부산 어민들은 일본 정부의 방류 결정에 항의했다.", "KOR", "AGR", "ACCUSE"),
])
def test_the_people_of_a_city_are_their_states_civilians(extract, text, actor, sector, kind):
    (e,) = events_of(extract(text, published=DAY), kind)
    assert [(p.country, p.sector) for p in e.participants] == [(actor, sector)]


@pytest.mark.parametrize("text, actor", [
    ("칠레 경비정이 페루와의 해상경계선을 침범했다.", "CHL"),  # a state's craft acts for it
    ("칠레 경비정 1척이 해상경계선을 침범했다가 돌아갔다.", "CHL"),  # with a count between
    ("칠레군 10여 명이 군사분계선을 넘었다.", "CHL"),
    ("칠레 군용기가 페루 영공을 침범했다.", "CHL"),
    ("칠레 군용기 2대가 페루 방공식별구역에 진입했다.", "CHL"),
])
def test_crossing_a_military_line_is_a_mobilization(extract, text, actor):
    (e,) = events_of(extract(text, published=DAY), "MOBILIZE")
    assert countries(e.participants) == {actor}


def test_fishing_boats_crossing_a_line_are_no_mobilization(extract):
    assert not events_of(extract("칠레 어선들이 해상경계선을 침범해 조업했다.", published=DAY), "MOBILIZE")
