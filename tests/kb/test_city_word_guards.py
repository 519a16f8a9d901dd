"""Korean words that GeoNames also spells as a foreign city: an adverb before an agent noun ('다만 당국은': however, not
Daman in India) and common nouns listed in places.yaml `not_cities_ko` ('연대 학생들': solidarity, a regiment or a
university, not Yantai) name no city and so no state; real cities before an agent noun keep theirs. Our own
sentences.

Formerly tests/kb/test_actors15_city_words.py, classes first read by actors15 (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.kb.geo import city_index, not_cities_ko


def test_listed_words_are_no_city_keys_and_the_city_keeps_its_name() -> None:
    index = city_index()
    assert "연대" in not_cities_ko() and "연대" not in index and "다만" not in index
    assert index["Yantai"].country == "CHN"


def states(text: str) -> set[str]:
    doc = extract_text(text, published=date(2024, 5, 22))
    return {p.country for e in doc.events for p in e.participants if p.country}


@pytest.mark.parametrize("text, foreign", [
    ("다만 당국은 노르웨이를 강하게 비난했다.", "IND"),
    ("다만 시민들은 정부를 비판했다.", "IND"),
    ("연대 학생들은 정부를 비판했다.", "CHN"),
    ("시민단체 연대 관계자들은 정부를 비판했다.", "CHN"),
    ("해병대 연대 대원들은 노르웨이를 강하게 비난했다.", "CHN"),
])
def test_a_korean_word_names_no_foreign_state(text: str, foreign: str) -> None:
    assert foreign not in states(text)


@pytest.mark.parametrize("text, code", [
    ("리옹 시장은 노르웨이를 강하게 비난했다.", "FRA"),
    ("더반 시민들은 정부를 비판했다.", "ZAF"),
    ("예레반의 시위대는 노르웨이를 강하게 비난했다.", "ARM"),
    ("마리우폴 당국은 노르웨이를 강하게 비난했다.", "UKR"),
    ("Officials in Yantai condemned Norway on Monday.", "CHN"),
])
def test_a_city_before_an_agent_noun_still_names_its_state(text: str, code: str) -> None:
    assert code in states(text)
