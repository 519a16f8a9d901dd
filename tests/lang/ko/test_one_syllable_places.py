"""A one-syllable Hangul city name ('이' is GeoNames' Korean name of Huy, '영' of Young) is a word or a surname
first: it names a place only where something happens there, and only a large city keeps such a name at all."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from readout.kb.cities import MIN_POPULATION_EN
from readout.kb.geo import city_index


@pytest.mark.parametrize("text", [
    "이 대통령은 10일 시 주석과 만났다.",
    "영 총리는 11일 기자회견에서 입장을 밝혔다.",
    "호 장관은 12일 카불에서 회담했다.",
])
def test_a_one_syllable_name_before_a_title_is_no_place(text):
    names = [p.name for p in extract_text(text, published="2025-03-12").places]
    assert all(len(text[p.span.start:p.span.end]) > 1 for p in extract_text(text, published="2025-03-12").places), names


def test_only_large_cities_keep_a_one_syllable_korean_name():
    small = [(k, e.name) for k, e in city_index().items()
             if len(k) == 1 and "가" <= k <= "힣" and (e.population or 0) < MIN_POPULATION_EN]
    assert small == []


@pytest.mark.parametrize("headline", [
    '칠레·페루 외교장관, 뉴욕서 회의…"교역 확대"',
    '한·호주 국방장관, 뉴욕서 회의…"협력 강화"',
])
def test_a_headline_city_with_its_locative_is_no_name_after_a_title(headline):
    body = "알베르토 반 클라베렌 칠레 외교장관은 12일 회의를 열었다."
    found = extract_text(f"{headline}\n\n{body}", published="2025-03-13")
    assert not [m for m in found.mentions if m.surface.endswith("서")]
