"""(enrefuse68) A meeting called off by a side named after 'by' ('The summit between A and B was called off by A') is
that side's REJECT meet of the other, and only that, as the active 'A called off the summit with B' is: the meeting
word tells no CONSULT cancelled besides it (docs/coding-choices.md, 'called off'). A 'by' of time ('postponed by a
week', 'by Monday') names no side, and a passive with no 'by' keeps the meeting cancelled. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def readings(text: str, kind: str) -> list[tuple[str | None, frozenset[str], frozenset[str]]]:
    return [(e.status, frozenset(p.country for p in e.participants) - {r.country for r in e.recipients},
             frozenset(r.country for r in e.recipients)) for e in events(text) if e.type == kind]


@pytest.mark.parametrize("text, actor, other", [
    ("The summit between Chile and Peru was called off by Chile.", "CHL", "PER"),
    ("A summit of Chile and Peru was cancelled by the Chilean government.", "CHL", "PER"),
    ("The summit between Ghana and Togo was postponed by Togo.", "TGO", "GHA"),
])
def test_a_side_named_after_by_rejects_and_no_cancelled_meeting(text, actor, other):
    assert ("occurred", frozenset({actor}), frozenset({other})) in readings(text, "REJECT"), events(text)
    assert not readings(text, "CONSULT"), events(text)


@pytest.mark.parametrize("text", [
    "The summit between Chile and Peru was called off.",
    "The summit between Chile and Peru was postponed by a week.",
    "The summit between Chile and Peru was called off by Monday.",
    "The summit between Chile and Peru, set for May, was called off by Chile.",
])
def test_no_side_after_by_keeps_the_meeting_cancelled(text):
    assert ("cancelled", frozenset({"CHL", "PER"}), frozenset()) in readings(text, "CONSULT"), events(text)
