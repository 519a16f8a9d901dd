"""The ground of a condemnation (accuse66, lang/en/act_frames.WORDED_TYPES, docs/coding-choices.md): after 'condemned X
for', 'criticized X for', a word (PLOVER's verbal types: REJECT 'violating', THREATEN, REQUEST, SUPPORT) is the charge's
content and no event of its own, while a deed done (force, a restriction, a sanction, cooperation) keeps its event.
Every sentence here is our own."""
from __future__ import annotations

from datetime import date

import pytest

from tests.event_sides import check_judged_ground

DAY = date(2025, 6, 2)

DROPPED = [
    ("Bolivia condemned Chile for violating the border treaty.", "REJECT"),
    ("Bolivia condemned Chile for rejecting the offer of talks.", "REJECT"),
    ("Bolivia criticized Chile for threatening its fishermen.", "THREATEN"),
    ("Bolivia criticized Chile for backing the rebels in the south.", "SUPPORT"),
    ("Bolivia criticized Chile for its refusal to reopen the consulate.", "REJECT"),
]

KEPT = [  # negatives: a deed done stays its own event
    ("Bolivia condemned Chile for shelling a border village.", "ASSAULT", {"CHL"}),
    ("Bolivia condemned Chile for closing the border.", "COERCE", {"CHL"}),
    ("Bolivia condemned Chile for expelling its diplomats.", "SANCTION", {"CHL"}),
    ("Bolivia criticized Chile for deepening military cooperation with Peru.", "COOPERATE", {"CHL"}),
]


@pytest.mark.parametrize("text,deed", DROPPED)
def test_a_worded_ground_is_the_charge(text, deed):
    check_judged_ground(text, DAY, "BOL", "CHL", deed, set())


@pytest.mark.parametrize("text,deed,doers", KEPT)
def test_a_deed_ground_keeps_its_event(text, deed, doers):
    check_judged_ground(text, DAY, "BOL", "CHL", deed, doers)
