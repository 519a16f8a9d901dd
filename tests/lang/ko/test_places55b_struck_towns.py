"""places55b (issue 13): a town no gazetteer names in Hangul, struck as the object after its state or after a kind of
town ('우크라이나 미콜라이우를', '레바논 남부 도시 시돈을'), is heard among that state's cities as before '에서'
(lang/ko/heard_cities.heard_cities, lexicon ko `state_town_kind_nouns`). Our own sentences, with English twins."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.event_sides import events

ROWS = [  # (text, the place's name and state)
    ("러시아군은 금요일 우크라이나 미콜라이우를 포격했다.", ("Mykolayiv", "UKR")),
    ("Russian forces shelled Mykolaiv on Friday.", ("Mykolayiv", "UKR")),
    ("이스라엘군은 금요일 레바논 남부 도시 시돈을 공습했다.", ("Sidon", "LBN")),
    ("Israeli jets struck the southern Lebanese city of Sidon on Friday.", ("Sidon", "LBN")),
    ("이스라엘군은 금요일 레바논 마을 티레를 공습했다.", ("Tyre", "LBN")),
]


@pytest.mark.parametrize("text, place", ROWS)
def test_a_struck_town_after_its_state(text, place):
    found = [e for e in events(text) if e.type == "ASSAULT"]
    assert found, [(e.type, e.trigger) for e in events(text)]
    loc = found[-1].location
    assert ((loc.name, loc.country) if loc else None) == place


@pytest.mark.parametrize("text", [
    "러시아 정부는 금요일 우크라이나 젤렌스키를 비난했다.",  # a person's name after a state
    "시위대는 금요일 미국 정부를 비판했다.",  # a Korean word
    "레바논 마을 주민들을 대피시켰다.",  # the word after a kind of town is a Korean word
])
def test_no_town_for_an_object_that_is_none(text):
    article = extract_text(text, published="2026-03-12")
    assert not [p for p in article.places if p.precision == "city"], [p.name for p in article.places]
