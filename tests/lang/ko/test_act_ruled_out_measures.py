"""A measure a speaker rules out with a predicate ('X에 대한 제재 완화는 있을 수 없다고 밝혔다') is the speaker's REJECT
aimed at the side the measure concerns (PLOVER REJECT), not the measure done (read before as CONCEDE); the measure
done stays CONCEDE. Our own sentences (English: tests/lang/en/test_act_ruled_out_measures.py)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act

ROWS = [  # (sentence, type, actors, recipients or None, status or None)
    ("페루 정부는 니카라과에 대한 제재 완화는 있을 수 없다고 밝혔다.", "REJECT", {"PER"}, {"NIC"}, "occurred"),
    ("페루 정부는 니카라과에 대한 제재 완화는 있을 수 없다고 밝혔다.", "RETREAT", set(), None, None),  # sanction54: 085
    ("페루 정부는 니카라과에 대한 제재를 완화했다.", "RETREAT",  # sanction54: crosswalk 085
     {"PER"}, {"NIC"}, "occurred"),
]


@pytest.mark.parametrize("text, kind, actors, recipients, status", ROWS)
def test_ruled_out_measures(extract, text, kind, actors, recipients, status):
    assert_act(extract(text).events, kind, actors, recipients, status)
