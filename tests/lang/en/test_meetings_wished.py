"""A meeting only wished for (modal43, lexicon `meeting_wished_before_re`, lang/en/reading_meetings.py `wished`):
'said she would be happy to meet X', 'is willing to sit down with X', 'expressed hope for talks with X' state a
willingness, not a meeting held or scheduled, so they give no CONSULT, and the intent to meet is no AGREE of its
own (lang/en/reading_acts.py). A plan keeps its cues ('is expected to meet', 'will meet'). Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2025, 6, 2)
HEAD = "Chilean President Ana Soto "

WISHED = [
    HEAD + "said she would be happy to meet Peruvian President Luis Quispe again.",
    HEAD + "said she would like to meet Peruvian President Luis Quispe, possibly this year.",
    HEAD + "is willing to sit down with Peruvian President Luis Quispe, her spokesman said.",
    HEAD + "said she wants to meet Peruvian President Luis Quispe.",
    HEAD + "expressed hope for talks with Peruvian President Luis Quispe.",
    HEAD + "said she was open to meeting Peruvian President Luis Quispe.",
    "\"I look forward to meeting him at the right time,\" " + HEAD.strip() + " said of Peruvian President Luis Quispe.",
    "Uruguay said it would be glad to host talks between Chile and Peru.",
]

PLANNED = [
    HEAD + "is expected to meet Peruvian President Luis Quispe in Lima on Friday.",
    HEAD + "said she will meet Peruvian President Luis Quispe next week.",
]


@pytest.mark.parametrize("text", WISHED)
def test_wished_meeting_is_no_meeting(text):
    events = extract_text(text, published=DAY).events
    assert not [e for e in events if e.type in ("CONSULT", "AGREE")], [(e.type, e.status, e.trigger) for e in events]


@pytest.mark.parametrize("text", PLANNED)
def test_scheduled_meeting_stays_planned(text):
    assert_act(extract_text(text, published=DAY).events, "CONSULT", {"CHL", "PER"}, None, "planned")
