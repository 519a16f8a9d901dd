"""(acts56b, issue 15) A blame laid on 'both sides' blames the two sides of the conflict told, with what they are
blamed for after 'for' (lang/en/act_open_appeals.pair_addressee: the pair entry's object is read further on, so the
words right after the verb are the judged slot). Korean twins: tests/lang/ko/test_acts56b_blamed_pairs.py. Our own
sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import sides

CLASH = "Chad and Niger clashed near the border. "
ROWS = [  # (text, receiving country lists of the ACCUSE events)
    (CLASH + "Mali blamed both sides for the violence.", [["NER", "TCD"]]),
    (CLASH + "Mali blamed the two countries for the fighting.", [["NER", "TCD"]]),
    (CLASH + "Mali blamed Niger for the violence.", [["NER"]]),
    ("Mali blamed both sides for the violence.", []),  # no conflict told: no sides to blame
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_blamed_pair(text, expected):
    assert [sorted(r) for _, r in sides(text, "ACCUSE")] == expected
