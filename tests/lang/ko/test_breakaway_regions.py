"""(actors52) A self-declared state or autonomous region PLOVER codes by the state it is in ('Somaliland', 'Puntland',
'Jubaland' in variants_en, their Korean forms in countries.yaml variants_ko group 7): its government and its
president are that state's side, and the region's word is no part of a president's name. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text


def sides(text: str) -> set[str]:
    events = extract_text(text, published=date(2024, 5, 22)).events
    return {p.country for e in events for p in e.participants if p.country}


@pytest.mark.parametrize("text, code", [
    ("푼틀란드 정부는 노르웨이를 강하게 비난했다.", "SOM"),
    ("주바랜드 당국은 케냐의 국경 폐쇄를 강하게 비난했다.", "SOM"),
    ("The Puntland government strongly condemned Norway on Tuesday.", "SOM"),
])
def test_a_breakaway_region_is_its_states_side(text: str, code: str) -> None:
    assert code in sides(text)


@pytest.mark.parametrize("text, surface", [
    ("케냐의 윌리엄 오티에노 총리는 1일 나이로비에서 아흐메드 압디 누르 소말릴란드 대통령과 양해각서에 서명했다.", "아흐메드 압디 누르"),
])
def test_a_regions_president_is_named_without_the_region(text: str, surface: str) -> None:
    article = extract_text(text, published=date(2024, 5, 22))
    found = [m for m in article.mentions if m.entity is not None and m.entity.kind == "person" and "누르" in m.surface]
    assert [(m.surface, m.entity.country) for m in found][:1] == [(surface, "SOM")]


@pytest.mark.parametrize("text, code", [  # negative: another state's name sharing the ending is no region's
    ("핀란드 정부는 노르웨이를 강하게 비난했다.", "FIN"),
    ("뉴질랜드 정부는 노르웨이를 강하게 비난했다.", "NZL"),
])
def test_a_state_sharing_the_ending_is_not_the_region(text: str, code: str) -> None:
    found = sides(text)
    assert code in found and "SOM" not in found
