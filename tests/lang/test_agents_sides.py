"""Actors named through a person (issue 14, actors6): a head of another state by Hangul surname before a side
noun ('마두로 정부', '아사드 정권', '네타냐후 측', '하프타르 세력', '마두로 지지자들'), the same heads in English, and
titled office holders the leaders table now knows (finance ministers, security chiefs, armed-group and party
leaders). Every sentence here is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2024, 5, 22)


def acting(text: str, day: date = DAY) -> set[str]:
    return {p.country for e in extract_text(text, published=day).events for p in e.participants if p.country}


@pytest.mark.parametrize("text, code", [
    ("마두로 정부는 칠레를 맹비난했다.", "VEN"),
    ("아사드 정권은 칠레의 제재를 강하게 규탄했다.", "SYR"),
    ("네타냐후 측은 칠레를 거세게 비난했다.", "ISR"),
    ("하메네이 정권은 칠레를 비난했다.", "IRN"),
    ("루카셴코 정부는 칠레를 강하게 비난했다.", "BLR"),
    ("오르반 정부는 칠레를 비판했다.", "HUN"),
    ("엘시시 정부는 칠레를 비난했다.", "EGY"),
])
def test_a_korean_heads_surname_before_a_side_noun_names_the_heads_state(text, code):
    assert code in acting(text)


@pytest.mark.parametrize("text, code", [
    ("마두로 세력은 칠레를 맹비난했다.", "VEN"),
    ("아사드 지지자들은 칠레를 비난했다.", "SYR"),
    ("하프타르 세력은 칠레를 강하게 비난했다.", "LBY"),      # a commander, not a head: his forces
    ("네타냐후 추종자들은 칠레를 비난했다.", "ISR"),
])
def test_korean_followers_and_forces_of_a_known_person_take_the_persons_state(text, code):
    assert code in acting(text)


@pytest.mark.parametrize("text, absent", [
    ("아사드 정권은 칠레를 비난했다.", "KOR"),   # the side noun '정권' is the named person's, not the reader's state
    ("마두로 지지자들은 칠레를 비난했다.", "KOR"),
])
def test_a_korean_side_noun_after_a_foreign_head_is_not_the_readers_state(text, absent):
    assert absent not in acting(text)


@pytest.mark.parametrize("text, code, day", [
    ("Assad loyalists accused Chile of meddling.", "SYR", DAY),
    ("The Maduro government condemned Chile.", "VEN", DAY),
    ("Netanyahu loyalists condemned Chile.", "ISR", DAY),
    ("Finance Minister Christian Lindner criticized Chile.", "DEU", date(2023, 3, 1)),
    ("Treasury Secretary Scott Bessent condemned Chile.", "USA", date(2025, 6, 1)),
    ("General Valerii Zaluzhnyi accused Chile of lying.", "UKR", date(2023, 3, 1)),
    ("Opposition leader Alexei Navalny condemned Chile.", "RUS", date(2021, 3, 1)),
    ("Commander Mazloum Abdi accused Chile of betrayal.", "SYR", DAY),
])
def test_english_heads_and_titled_office_holders_take_their_state(text, code, day):
    assert code in acting(text, day)


@pytest.mark.parametrize("text, code, sector", [
    ("다르푸르 반군은 칠레를 비난했다.", "SDN", "REB"),
    ("돈바스 분리주의 세력은 칠레를 강하게 비난했다.", "UKR", "REB"),
    ("카친 반군이 칠레를 비난했다.", "MMR", "REB"),
    ("이들리브 무장세력은 칠레를 규탄했다.", "SYR", "REB"),       # a GeoNames city by its Hangul name
    ("베이징 당국은 칠레를 강하게 비난했다.", "CHN", "GOV"),
    ("발루치스탄 분리주의자들은 칠레를 비난했다.", "PAK", "REB"),
])
def test_a_korean_place_before_an_agent_noun_is_the_places_state(text, code, sector):
    got = {(p.country, p.sector) for e in extract_text(text, published=DAY).events for p in e.participants}
    assert (code, sector) in got


@pytest.mark.parametrize("text, absent", [
    ("다르푸르에서 반군이 칠레를 비난했다.", "SDN"),   # a place with a particle is where it happens, not the agent's state
])
def test_a_korean_place_with_a_particle_names_no_agents_state(text, absent):
    assert absent not in acting(text)


@pytest.mark.parametrize("text, code", [
    ("Donbas separatists condemned Chile on Friday.", "UKR"),
    ("Mindanao rebels accused Chile of lying.", "PHL"),
    ("Transnistria officials condemned Chile.", "MDA"),
])
def test_an_english_region_alias_before_an_agent_noun_is_the_regions_state(text, code):
    assert code in acting(text)


@pytest.mark.parametrize("text, code", [
    ("우후루 케냐타 대통령은 칠레를 강하게 비난했다.", "KEN"),
    ("요웨리 무세베니 대통령은 칠레를 비난했다.", "UGA"),
])
def test_a_korean_titled_foreign_name_only_the_world_table_knows_takes_its_state(text, code):
    assert code in acting(text, date(2019, 6, 1))
