"""Merge reasons in plain words (readout.store.explain): every reason shape the store has written, and
shapes it may write later, reads as a sentence."""
from __future__ import annotations

import pytest

from readout.store.explain import step_sentence


@pytest.mark.parametrize("reason, expect", [
    ({"rule": "new event", "candidates": 0}, "a.txt first reported this event."),
    ({"rule": "new event", "why": "undated: never merged"}, "a.txt first reported this event (undated: never merged)."),
    ({}, "a.txt first reported this event."),
    ({"rule": "same type, parties overlap", "members": [{"doc": "b.txt", "date": "same day", "parties_jaccard": 0.5}]},
     "a.txt joined it (same type, parties overlap): with b.txt: 50% of the parties shared, dates same day."),
    ({"rule": "near duplicate", "members": [{"doc": "b.txt"}]}, "a.txt joined it (near duplicate): with b.txt."),
])
def test_step_sentence(reason, expect):
    assert step_sentence("a.txt", reason) == expect
