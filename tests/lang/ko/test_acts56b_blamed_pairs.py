"""(acts56b, issue 15) Blame laid on a side ('X에 책임을 돌렸다', ko_acts 책임+돌리다 ACCUSE allege, as 책임을 묻다) and on
'양측' written before the blame noun (kiwi splits 양/MM 측/NNB, which no noun run read: lang/ko/act_marked_spans.marked_spans
reads the bound noun after a determiner): the two sides of the conflict told. English twins:
tests/lang/en/test_acts56b_blamed_pairs.py. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import sides

CLASH = "차드와 니제르가 국경 부근에서 충돌했다. "
ROWS = [  # (text, receiving country lists of the ACCUSE events)
    (CLASH + "말리는 양측에 책임을 돌렸다.", [["NER", "TCD"]]),
    (CLASH + "말리는 양측에 책임을 물었다.", [["NER", "TCD"]]),
    (CLASH + "말리는 폭력 사태의 책임을 양측에 돌렸다.", [["NER", "TCD"]]),
    (CLASH + "말리는 니제르에 책임을 돌렸다.", [["NER"]]),
    ("말리는 양측에 책임을 돌렸다.", []),  # no conflict told: no sides to blame
    ("말리는 발길을 돌렸다.", []),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_blamed_pair_ko(text, expected):
    assert [sorted(r) for _, r in sides(text, "ACCUSE")] == expected
