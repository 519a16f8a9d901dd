"""CLDR's Korean exemplar cities as a second source of Hangul city names (data/cities_cldr_ko.yaml, built by
scripts/data/build_cities_cldr_ko.py): the press form GeoNames lacks ('카르툼' beside GeoNames' '하르툼', '엔자메나'
beside '은자메나') names the city where something happens; a CLDR name that is an ordinary Korean word ('치타',
'저지', '크리스마스') was left out at build and names no place. Our own sentences."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from readout.kb.cities import cldr_names_ko
from readout.kb.geo import city_index, country_index, not_cities_ko


def places(text: str) -> set[tuple[str, str]]:
    return {(p.name, p.country) for p in extract_text(text, published="2026-03-12").places}


@pytest.mark.parametrize("text, city, code", [
    ("수단 군부와 시민 대표들이 11일 카르툼에서 협상을 재개했다.", "Khartoum", "SDN"),
    ("프랑스 국방장관은 10일 엔자메나에서 차드 대통령과 회담했다.", "N'Djamena", "TCD"),
    ("루마니아 외교장관은 9일 키시나우에서 몰도바 총리를 만났다.", "Chisinau", "MDA"),
    ("멕시코 외교장관은 8일 하바나에서 쿠바 부통령과 회담했다.", "Havana", "CUB"),
    ("러시아 당국은 7일 울리야노프스크에서 반정부 인사를 체포했다.", "Ulyanovsk", "RUS"),
])
def test_a_cldr_city_name_places_the_sentence(text, city, code):
    assert (city, code) in places(text)


@pytest.mark.parametrize("text", [
    "동물원의 치타에서 새끼 두 마리가 태어났다고 관리인이 밝혔다.",
    "경찰은 시위대의 행진을 저지에서 해산으로 바꿨다고 말했다.",
    "가족들은 크리스마스에서 새해까지 고향에 머물렀다.",
])
def test_an_ordinary_word_cldr_names_is_no_place(text):
    assert places(text) == set()


def test_the_table_holds_no_word_country_form_or_listed_word():
    names = {n for forms in cldr_names_ko().values() for n in forms}
    assert {"카르툼", "엔자메나", "하바나"} <= names
    assert not names & {"치타", "저지", "크리스마스", "가자", "암만", "건지"}
    assert not names & set(country_index()) and not names & set(not_cities_ko())
    assert all(len(n.replace(" ", "")) >= 2 for n in names)


def test_geonames_keeps_its_own_name_beside_cldrs():
    index = city_index()
    assert index["하르툼"] is index["카르툼"] and index["카르툼"].name == "Khartoum"
