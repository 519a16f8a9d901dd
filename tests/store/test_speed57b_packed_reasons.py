"""A merge reason is packed once per JSON text (`event_rows.packed_reason`, a bounded memo): the bytes are the
packing's own for every reason, repeated or not, and the memo stays within its bound."""
from __future__ import annotations

import pytest

from readout.store import event_rows
from readout.store.event_rows import PACKED, REASONS_PACKED, packed_reason
from readout.store.lean import dumps, pack_reason, reason_of

REASONS = [  # (why, reason) -- our own towns and events
    ("a new event no candidate was weighed for", {"rule": "new event", "candidates": 0}),
    ("undated", {"rule": "new event", "candidates": 0, "why": "undated: never merged"}),
    ("a merge naming its members", {"rule": "same event by evidence", "event": "ev_7c1d", "score": 1.3,
                                    "agreed": ["same parties", "same city Bulawayo"], "disagreed": [],
                                    "members": [{"with": "k1", "doc": "mutare.txt", "date": "same day",
                                                 "date_kind": "same_day"}]}),
    ("Hangul in a reason", {"rule": "same event by evidence", "event": "ev_2b", "score": 1.0,
                            "agreed": ["same city 춘천"], "disagreed": [], "members": []}),
    ("key order kept", {"candidates": 0, "rule": "new event"}),
]


@pytest.mark.parametrize("why, reason", REASONS, ids=[r[0] for r in REASONS])
def test_a_memo_packs_what_packing_gives(why, reason):
    first = packed_reason(reason)
    assert first == pack_reason(dumps(reason))
    assert packed_reason(dict(reason)) == first  # the memo's answer for an equal reason
    assert reason_of(first) == reason and list(reason_of(first)) == list(reason)


def test_reasons_differing_in_key_order_pack_apart():
    one, other = packed_reason(REASONS[0][1]), packed_reason(REASONS[-1][1])
    assert one != other and reason_of(one) == reason_of(other)


def test_the_memo_stays_within_its_bound(monkeypatch):
    monkeypatch.setattr(event_rows, "REASONS_PACKED", 8)
    PACKED.clear()
    reasons = [{"rule": "new event", "candidates": n} for n in range(30)]
    packed = [packed_reason(r) for r in reasons]
    assert len(PACKED) <= 8
    assert [packed_reason(r) for r in reasons] == packed == [pack_reason(dumps(r)) for r in reasons]
    assert REASONS_PACKED >= 256
