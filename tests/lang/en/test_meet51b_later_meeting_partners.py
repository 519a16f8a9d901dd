"""meet51b (issue 13): a 'with' partner right after a later meeting word is that word's, not the earlier visit's.

- 'The Malaysian envoys who visited Jakarta urged talks with Thailand' gave one CONSULT of Malaysia, Indonesia and
  Thailand: the visit word's clause runs on to the second verb, and the role reader read 'with Thailand' as the
  visit's partner. A 'with' name right after a later meeting word ('talks with', 'met with') is that word's partner
  (lang/en/reading_meetings.later_meeting_partner), so the visit is Malaysia's and Indonesia's.
- Guards: 'visited Jakarta and held talks with <its president>' is still one meeting; 'held talks with B in Jakarta'
  keeps its partner.
Every sentence is our own (real states and people, invented occasions).
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def consults(text: str) -> list[set[str]]:
    return [{p.country for p in e.participants} for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "The Ghanaian envoys who visited Abuja urged talks with Togo on Friday.",
    "The Ghanaian envoys visited Abuja and called for talks with Togo on Friday.",
    "A Ghanaian delegation visited Abuja on Friday and pressed for negotiations with Togo.",
])
def test_the_later_talks_partner_is_no_party_of_the_visit(text):
    assert consults(text) == [{"GHA", "NGA"}], consults(text)


@pytest.mark.parametrize("text, found", [
    ("Lula visited Jakarta and held talks with Prabowo on Monday.", [{"BRA", "IDN"}]),
    ("The Ghanaian foreign minister held talks with Togolese officials in Lome on Friday.", [{"GHA", "TGO"}]),
])
def test_a_meetings_own_partner_stays(text, found):
    assert consults(text) == found, consults(text)
