"""accuse60: an official who goes to a rally ('attended a rally', 'joined the protest', '시위에 참석해', '집회에서
연설했다') lodged no diplomatic protest: no ACCUSE of the official's state; a protest the official lodges with a state
('lodged a protest with X', '대사를 불러 항의했다') stays the ACCUSE it is."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

PUBLISHED = date(2025, 3, 4)


def types_of(text: str) -> set[str]:
    return {e.type for e in extract_text(text, published=PUBLISHED).events}


@pytest.mark.parametrize("text", [
    "Brazil's President Mateus Teixeira joined a pro-Ukrainian march through central Lisbon during his weekend visit.",
    "Kenyan Foreign Minister Alice Wanjiru attended an anti-war demonstration in Oslo on Sunday and spoke briefly.",
    "Peru's vice president Diego Salas spoke at a protest against the mining law in Madrid on Friday.",
    "브라질의 마테우스 테이셰이라 대통령은 주말 포르투갈 방문 중 현지 교민들이 연 반전 시위에 참가했다.",
    "케냐의 앨리스 와니루 외무장관은 3일 오슬로에서 열린 반전 집회에서 연설했다고 현지 언론이 전했다.",
])
def test_official_at_a_rally_lodges_no_protest(text: str) -> None:
    assert "ACCUSE" not in types_of(text)


@pytest.mark.parametrize("text", [
    "Brazil's foreign minister lodged a protest with Israel over the detention of the activists.",
    "Japan's foreign ministry on Wednesday protested the drills held by China near the islands.",
    "브라질 외교부는 이날 이스라엘 대사를 불러 자국 활동가들의 구금에 강하게 항의했다.",
])
def test_protest_lodged_with_a_state_stays_accuse(text: str) -> None:
    assert "ACCUSE" in types_of(text)
