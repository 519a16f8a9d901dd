"""A measure a speaker rules out with a predicate ('said lifting the sanctions on X is out of the question', 'told
reporters that talks with X were off the table') is the speaker's REJECT aimed at the side the measure concerns
(PLOVER REJECT). Negated, nothing is ruled out. Our own sentences (Korean: tests/lang/ko)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act

ROWS = [  # (sentence, type, actors, recipients or None, status or None)
    ("Peruvian officials said on Monday that easing the sanctions on Nicaragua is out of the question.", "REJECT",
     {"PER"}, {"NIC"}, "occurred"),
    ("Norway told reporters that new talks with Belarus were off the table.", "REJECT", {"NOR"}, {"BLR"}, "occurred"),
    ("Norway said the Belarusian proposal was simply a non-starter.", "REJECT", {"NOR"}, {"BLR"}, "occurred"),
    ("Norway said new talks with Belarus were not out of the question.", "REJECT", set(), None, None),
    # ko48: a proposal judged not worth weighing is refused (the Korean '논의할 가치도 없다')
    ("Uruguay said Paraguay's canal proposal was not worth discussing.", "REJECT", {"URY"}, {"PRY"}, "occurred"),
    ("Uruguay said that Paraguay's border proposal was not worth considering.", "REJECT", {"URY"}, {"PRY"}, "occurred"),
    ("Uruguay said Paraguay's tariff proposal was not up for negotiation.", "REJECT", {"URY"}, {"PRY"}, "occurred"),
    ("Uruguay said its sovereignty over the river was not up for negotiation.", "REJECT", set(), None, None),
]


@pytest.mark.parametrize("text, kind, actors, recipients, status", ROWS)
def test_ruled_out_measures(extract, text, kind, actors, recipients, status):
    assert_act(extract(text).events, kind, actors, recipients, status)
