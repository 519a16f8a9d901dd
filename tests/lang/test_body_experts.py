"""(request62) Experts, rapporteurs and other staff of an international body, named by the body's name and a people
plural no agent table lists ('유엔 인권 전문가들', 'UN human rights experts'), are the body's: sector IGO, not a state's
people (CVL) (lang/ko/countries: the people plural after a body's name). After a state's name the same plural stays
that state's people. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, first_of

ROWS = {
    "a body's experts": [
        ("유엔 인권 전문가들은 파라과이 정부에 구금된 기자들의 석방을 촉구했다.", "REQUEST", "UNO", "IGO"),
        ("유럽연합 전문가들은 파라과이에 선거 개혁을 촉구했다.", "REQUEST", "EUR", "IGO"),
        ("UN human rights experts urged Paraguay to release the detained journalists.", "REQUEST", "UNO", "IGO"),
    ],
    "a state's experts (negative: its people)": [
        ("파라과이 전문가들은 우루과이 정부를 비판했다.", "ACCUSE", "PRY", "CVL"),
    ],
}


@pytest.mark.parametrize("text, kind, code, sector", class_rows(ROWS))
def test_experts_sector(text, kind, code, sector):
    first = first_of(events(text), type=kind)
    assert [(p.country, p.sector) for p in first.participants] == [(code, sector)]
