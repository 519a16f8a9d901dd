"""(towns47) Korean writes a Ukrainian city by the Ukrainian rules: a v closing the name after i is 우 ('하르키우'
Kharkiv, '미콜라이우' Mykolaiv, '체르니히우' Chernihiv), an l opening it before a consonant takes 이 ('리비우' Lviv). The
heard-city reader (kb/city_sound.py) hears the name so spelt too; the older Russian-style spelling ('하르키프') still
names the city. Ordinary nouns ending in 우 after the state stay no city. English reads the cities by their Latin
names. Our own sentences."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from readout.kb.city_sound import city_by_sound, written_forms


def places(text: str) -> set[tuple[str, str]]:
    return {(p.name, p.country) for p in extract_text(text, published="2026-05-20").places}


@pytest.mark.parametrize("word, city", [
    ("하르키우", "Kharkiv"),
    ("미콜라이우", "Mykolayiv"),
    ("체르니히우", "Chernihiv"),
    ("리비우", "Lviv"),
    ("하르키프", "Kharkiv"),  # the older spelling keeps its reading
])
def test_ukrainian_final_v_is_heard_as_u(word, city):
    found = city_by_sound(word, "UKR")
    assert found is not None and found.name == city


@pytest.mark.parametrize("word, code", [
    ("하르키우", "RUS"),  # the spelling names no city of another state
    ("정부", "UKR"),  # ordinary nouns ending in 우 after the state
    ("지부", "UKR"),
    ("배우", "UKR"),
])
def test_no_city_is_heard(word, code):
    assert city_by_sound(word, code) is None


@pytest.mark.parametrize("name, forms", [
    ("Kharkiv", ["Kharkiv", "Kharkiu"]),
    ("Lutsk", ["Lutsk"]),  # no final v, no opening cluster: the name alone
    ("Saratov", ["Saratov"]),  # a Russian -ov is written 프, not 우
])
def test_written_forms(name, forms):
    assert written_forms(name) == forms


@pytest.mark.parametrize("ko, en, city", [
    ("우크라이나 동부 하르키우에서 19일 러시아군의 드론 공격으로 변전소가 불탔다.",
     "A Russian drone attack set a power substation on fire in Kharkiv on Tuesday.", "Kharkiv"),
    ("우크라이나 서부 리비우에서 18일 시민 수천 명이 추모 행진을 벌였다.",
     "Thousands of residents held a memorial march in Lviv on Monday.", "Lviv"),
])
def test_ukrainian_city_in_a_sentence_in_both_languages(ko, en, city):
    assert (city, "UKR") in places(ko)
    assert (city, "UKR") in places(en)


@pytest.mark.parametrize("text", [
    "우크라이나 정부에서 19일 새 예산안을 발표했다.",
    "우크라이나 지부에서 18일 회원 총회가 열렸다.",
])
def test_ordinary_nouns_after_the_state_stay_no_place(text):
    assert not {p for p in places(text) if p[1] == "UKR" and p[0] not in {"Ukraine"}}
