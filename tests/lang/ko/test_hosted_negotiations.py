"""(kopar54, issue 15) Negotiations hosted between two sides are a meeting with the host at the table
('C는 A와 B 간의 협상을 주최했다'), as talks hosted are (kopar53a) and as English 'C hosted negotiations between A and B'
reads: CONSULT third-party, all three sides (ko.yaml meeting_trigger_re, 협상 before 주최)."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def consults(text: str) -> list[tuple[str, list[str]]]:
    return [(str(e.mode), sorted(p.country for p in e.participants)) for e in events(text) if e.type == "CONSULT"]


ROWS = [
    ("카타르는 에티오피아와 에리트레아 간의 협상을 주최했다.", [("third-party", ["ERI", "ETH", "QAT"])]),
    ("스위스는 아르메니아와 아제르바이잔의 협상을 주최했다.", [("third-party", ["ARM", "AZE", "CHE"])]),
    ("Qatar hosted negotiations between Ethiopia and Eritrea.", [("third-party", ["ERI", "ETH", "QAT"])]),
    # hosting names no sides: no meeting of anyone named
    ("카타르는 협상을 주최했다.", []),
    # the outcome of negotiations is no meeting
    ("카타르는 에티오피아와 에리트레아 간의 협상 결과를 환영했다.", []),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_hosted_negotiations_are_a_brokered_meeting(text, expected):
    assert consults(text) == expected
