"""(sanction57) Two SANCTIONs of one mode are two measures when both objects are stated and of other classes
(pipeline/common.other_measure over Event.measure, which each language reads): compared without language knowledge.
One told with its object and once without, or twice with one class, is one measure."""
from __future__ import annotations

import pytest

from readout.model import Event
from readout.pipeline.common import other_measure


def sanction(mode: str | None, measure: str | None, kind: str = "SANCTION") -> Event:
    event = Event(kind, mode, "occurred", [])
    event.measure = measure
    return event


@pytest.mark.parametrize("a, b, apart", [
    (sanction("discontinue", "trade"), sanction("discontinue", "visas"), True),
    (sanction("discontinue", "border"), sanction("discontinue", "border"), False),
    (sanction("discontinue", "air"), sanction("discontinue", None), False),
    (sanction("expel", "diplomats"), sanction("discontinue", "diplomats"), True),  # modes apart
    (sanction(None, "trade"), sanction("discontinue", "aid"), True),
    (sanction("restrict", "trade", "COERCE"), sanction("restrict", "visas", "COERCE"), False),  # no measure type
])
def test_measures_apart_by_their_objects(a, b, apart):
    assert other_measure(a, b) is apart
