"""(koplaces46) A foreign city no gazetteer names in Hangul is read where the sentence names its state right before it
and a locative particle right after it: the word is heard among that state's GeoNames cities (kb/city_sound.py:
consonant key and vowels) and names the one city that sounds like it; a renamed city by its new name, which GeoNames
keeps in Latin letters only. Ordinary nouns after a state ('정부', '남부', '국경'), a word that sounds like a city of
another state, and a word after no state name no city. English reads the same cities by their Latin names. Our own
sentences."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from readout.kb.city_sound import city_by_sound
from readout.kb.geo import lookup_city


def places(text: str) -> set[tuple[str, str]]:
    return {(p.name, p.country) for p in extract_text(text, published="2026-04-14").places}


CITIES = [  # (Korean sentence, English sentence or None, GeoNames name, state)
    ("아프가니스탄 남부 칸다하르에서 13일 차량 폭탄이 터져 경찰관 세 명이 숨졌다.",
     "A car bomb killed three police officers in Kandahar on Monday.", "Kandahār", "AFG"),
    ("이라크 남부 나시리야에서 12일 무장괴한들이 검문소를 공격했다.",
     "Gunmen attacked a checkpoint in Nasiriyah on Sunday.", "Nasiriyah", "IRQ"),
    ("예멘 타이즈에서 11일 포격으로 주민 여러 명이 다쳤다.",
     "Shelling wounded several residents in Taiz on Saturday.", "Taiz", "YEM"),
    ("리비아 서부 미스라타에서 10일 민병대 간 교전이 벌어졌다.",
     None, "Misratah", "LBY"),  # English: 'Misrata' is no key of the city reader yet
    ("우크라이나의 드니프로에서 9일 러시아군의 미사일 공격으로 건물이 무너졌다.",
     "A Russian missile strike destroyed a building in Dnipro on Thursday.", "Dnipro", "UKR"),
    ("우크라이나 남부 자포리자에서 8일 교사들이 임금 인상을 요구하며 행진했다.",
     None, "Zaporizhzhya", "UKR"),  # English: 'Zaporizhzhia' likewise
    ("아프가니스탄 동부 잘랄라바드에서 7일 탈레반 당국이 언론인 두 명을 체포했다.",
     "Taliban authorities arrested two journalists in Jalalabad on Tuesday.", "Jalālābād", "AFG"),
]


@pytest.mark.parametrize("ko, en, city, code", CITIES)
def test_a_city_after_its_state_is_heard_in_korean_as_english_names_it(ko, en, city, code):
    assert (city, code) in places(ko)
    english = places(en) if en else set()
    assert en is None or any(c == code and (n == city or n.startswith(city[:4])) for n, c in english)


def test_the_korean_names_are_in_no_gazetteer():
    """What the rule is for: without it no place (a name the city index gains makes this row obsolete)."""
    assert all(lookup_city(w) is None for w in ("칸다하르", "나시리야", "타이즈", "미스라타", "드니프로", "자포리자", "잘랄라바드"))


@pytest.mark.parametrize("text", [
    "이라크 정부에서 13일 새 내각 명단을 발표했다.",
    "이라크 남부에서 12일 대규모 시위가 벌어졌다.",
    "이라크 국경에서 11일 밀수 조직원들이 체포됐다.",
    "나이지리아 당국에서 10일 통행금지를 선포했다.",
    "우크라이나 기지에서 10일 훈련이 시작됐다.",  # 기지, a base, sounds like one Ukrainian city
    "중국 항구에서 10일 화물선이 출항했다.",  # 항구, a port, sounds like a Chinese town
    "이란 시장에서 10일 상인들이 파업했다.",  # 시장, a market, sounds like an Iranian city
    "터키 사원에서 10일 예배가 열렸다.",  # 사원, a temple, which kiwi alone reads as a number and a counter
    "이라크 칸다하르에서 9일 회의가 열렸다.",  # a city of another state: Iraq has none of that sound
    "우크라이나 수미에서 8일 회의가 열렸다.",  # a name listed as a Korean word (places.yaml not_cities_ko)
    "중국 신장에서 9일 위구르족 주민들이 구금됐다.",  # a region: no alternate of another language makes it Shenyang
    "일본 도호쿠에서 9일 지진이 일어났다.",  # a region whose sound is near a small town's (Otofuke), not equal
])
def test_no_city_is_heard_where_none_is_named(text):
    assert not [n for n, c in places(text) if n not in ("Iraq", "Nigeria", "Ukraine", "China", "Iran", "Turkey", "Japan")]


@pytest.mark.parametrize("word, code, city", [
    ("칸다하르", "AFG", "Kandahār"),
    ("드니프로", "UKR", "Dnipro"),  # the new name, GeoNames' Latin only
    ("칸다하르", "IRQ", None),
    ("정부", "IND", None),
    ("카", "IRQ", None),  # one syllable
])
def test_city_by_sound(word, code, city):
    found = city_by_sound(word, code)
    assert (found.name if found else None) == city
