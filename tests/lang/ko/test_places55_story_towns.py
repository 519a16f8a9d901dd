"""places55 (issues 13/14): a foreign town a Korean sentence names with no state before it is the town of the state
the story names (lang/ko/story_towns.py, kb/city_sound.cities_by_sound, pipeline/places.story_places), and a town
GeoNames romanizes with marks is heard by the spelling English news writes (kb/city_sound.news_spellings). Our own
sentences, with their English twins."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.event_sides import events

ROWS = [  # (text, event type, the place's name and state, or None)
    # the story's state has the town: the place is its town
    ("이스라엘군은 화요일 팔레스타인 가자지구를 공습했다. 이스라엘군은 수요일 라파에서 9명을 체포했다.", "COERCE",
     ("Rafaḩ", "PSE")),
    ("중국 경찰은 후베이성 도로를 봉쇄했다. 경찰은 우한에서 활동가 9명을 체포했다.", "COERCE", ("Wuhan", "CHN")),
    ("Chinese police sealed off roads in Hubei. Police arrested nine activists in Wuhan.", "COERCE", ("Wuhan", "CHN")),
    # a town GeoNames writes with marks, heard by its news spelling, with and without its state before it
    ("이스라엘군은 화요일 팔레스타인 제닌에서 9명을 체포했다.", "COERCE", ("Janīn", "PSE")),
    ("Israeli troops detained nine men in Jenin on Tuesday.", "COERCE", ("Janīn", "PSE")),
    ("이스라엘군은 화요일 자발리아를 공습했다.", "ASSAULT", ("Jabālyā", "PSE")),
    ("Israeli aircraft struck Jabalia on Tuesday.", "ASSAULT", ("Jabālyā", "PSE")),
    # the story names no state of the town: no place (a weak match never stands alone)
    ("이스라엘 경찰은 화요일 라파에서 9명을 체포했다.", "COERCE", None),
    ("Israeli police detained nine men in Rafah on Tuesday.", "COERCE", None),
]


@pytest.mark.parametrize("text, kind, place", ROWS)
def test_a_town_with_no_state_takes_the_storys(text, kind, place):
    found = [e for e in events(text) if e.type == kind]
    assert found, [(e.type, e.trigger) for e in events(text)]
    loc = found[-1].location
    assert ((loc.name, loc.country) if loc else None) == place


@pytest.mark.parametrize("text", [
    "경찰은 화요일 시장에서 상인 9명을 체포했다.",  # a Korean word before the locative
    "경찰은 화요일 시안에서 논의했다.",  # 시안 (a draft) is a Korean word first, Xi'an or not
    "김민수에서 시작된 논란이 이어졌다.",  # a Korean person's name
    "중국 당국은 화요일 바이두에서 회의를 열었다.",  # a firm's name that sounds like a small town of China (Baitu)
])
def test_no_story_town_for_a_korean_word(text):
    article = extract_text(text, published="2026-03-12")
    assert not [p for p in article.places if p.precision == "city"], [p.name for p in article.places]


def test_the_candidates_are_each_states_one_city():
    from readout.kb.city_sound import cities_by_sound, news_spellings

    heard = {e.country: e for e in cities_by_sound("라파")}
    assert heard["PSE"].name == "Rafaḩ" and "EGY" not in heard  # Egypt's Rafah is smaller than a heard town must be
    assert not cities_by_sound("라")  # one syllable: a Korean word first
    spellings = {form for forms in news_spellings().values() for form in forms}
    assert {"Jenin", "Jabalia"} <= spellings and "Lyon" not in spellings  # an ASCII GeoNames name needs none
