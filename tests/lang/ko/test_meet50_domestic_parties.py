"""enmeet50 (issue 13): Korean bare nouns of a state's non-government side as meeting parties
(`Language.domestic_parties`, lexicon `domestic_party_re`): a bare noun with its particle, never a word inside a
longer one or after a country word's own phrase read by the state reader. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import check_bare_side, language_of


@pytest.fixture(scope="module")
def korean():
    return language_of("ko")


@pytest.mark.parametrize("text, word, sector", [
    ("모잠비크 정부와 반군은 협상을 벌였다.", "반군", "REB"),
    ("에티오피아 정부는 야당과 회담했다.", "야당", "OPP"),
    ("반군 측은 정부와 만났다.", "반군", "REB"),
])
def test_bare_side_nouns(korean, text, word, sector):
    check_bare_side(korean, text, word, sector)


@pytest.mark.parametrize("text", [
    "친정부반군은 물러났다.",
    "반군들의 공격을 규탄했다.",
])
def test_no_bare_side(korean, text):
    assert korean.domestic_parties(text) == []
