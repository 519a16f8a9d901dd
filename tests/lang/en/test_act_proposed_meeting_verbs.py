"""(proposals66) A meeting put forward with 'propose' or 'suggest' asks the side proposed to to meet, as 'offered to
hold talks with X' does (docs/coding-choices.md, CAMEO 026): 'proposed to hold talks with X', 'proposed to meet X',
'suggested talks with X' are REQUEST meet of X, never nothing nor an AGREE of both. Rows that must not fire: a
measure proposed, talks proposed to be brokered for others, talks held, a suggestion with no meeting."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, asker, asked", [
    ("Ecuador proposed to hold talks with Guyana on the river border.", "ECU", "GUY"),
    ("Ecuador proposed to meet Guyana before the end of the month.", "ECU", "GUY"),
    ("Ecuador has proposed to quickly hold a summit with Guyana.", "ECU", "GUY"),
    ("Ecuador suggested talks with Guyana on the river border.", "ECU", "GUY"),
    ("Ecuador suggested holding a summit with Guyana in the spring.", "ECU", "GUY"),
])
def test_a_meeting_proposed_or_suggested_asks_the_side_proposed_to(text, asker, asked):
    assert ([asker], [asked]) in sides(text, "REQUEST"), events(text)
    assert not sides(text, "AGREE"), events(text)


@pytest.mark.parametrize("text", [
    "Ecuador proposed to host talks between Guyana and Suriname.",
    "Ecuador suggested that Guyana lower its port fees.",
    "Ecuador and Guyana held talks on the river border on Tuesday.",
    "Ecuador proposed to raise its own fuel prices.",
])
def test_no_meeting_proposed_to_a_side_asks_no_meeting(text):
    assert not [e for e in events(text) if e.type == "REQUEST" and e.mode == "meet"], events(text)


@pytest.mark.parametrize("text", [
    "Ecuador suggested talks with Guyana on the river border.",
    "Ecuador proposed holding talks with Guyana on the river border.",
])
def test_the_suggested_meeting_is_only_planned(text):
    assert not [e for e in events(text) if e.type == "CONSULT" and e.status == "occurred"], events(text)
