"""(kofix46) A list of states in the genitive before a group of their people ('A·B·C의 특사들이', 'A, B, C의
대표단이') names every state as a party, as the bare list does ('A·B·C 특사들이': lang/ko/states.state_group and
references_in), and as English 'Envoys from A, B and C will meet in X' does. Negative rows: a listed genitive that
owns another noun ('A·B의 국경 문제') makes no party of its states. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events, first_of

ROWS = [
    ("가나·토고·베냉의 특사들이 다음 주 아크라에서 만날 예정이다.", "planned", {"GHA", "TGO", "BEN"}),
    ("가나·토고·베냉의 대표단이 아크라에서 회담했다.", "occurred", {"GHA", "TGO", "BEN"}),
    ("가나, 토고, 베냉의 특사들이 아크라에서 만났다.", "occurred", {"GHA", "TGO", "BEN"}),
    ("Envoys from Ghana, Togo and Benin will meet in Accra next week.", "planned", {"GHA", "TGO", "BEN"}),
    # negative rows: the listed states own another noun: the meeting's parties are others
    ("가나·토고의 국경 문제를 두고 베냉 특사가 아크라에서 니제르 외교장관과 회담했다.", "occurred", {"BEN", "NER"}),
    ("Envoys from Benin met Niger's foreign minister in Accra over the border dispute of Ghana and Togo.", "occurred",
     {"BEN", "NER"}),
]


@pytest.mark.parametrize("text, status, parties", ROWS)
def test_listed_state_groups(text, status, parties):
    first = first_of(events(text), type="CONSULT", status=status)
    assert countries(first.participants) == parties, countries(first.participants)
