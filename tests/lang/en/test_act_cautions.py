"""A caution is no threat (modal43, lexicon `caution_content_re`): a warning whose content is a harm that may follow,
not a deed the speaker says it will do ('warned that the plan risked isolating X', 'warning that it could destabilize
its currency market') gives no THREATEN; one naming the speaker's own response or a condition stays a threat.
Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2025, 6, 2)

CAUTIONS = [
    "Chile warned that Peru's tariff plan risked isolating Lima further.",
    "Chile warned Peru that the new tariffs might hurt trade across the region.",
    "Chile cautioned Peru that the export ban could destabilize copper markets.",
]

THREATS = [
    "Chile warned Peru that it would respond firmly to any incursion.",
    "Chile warned that it would impose sanctions on Peru if the drills went ahead.",
]


@pytest.mark.parametrize("text", CAUTIONS)
def test_caution_is_no_threat(text):
    assert_act(extract_text(text, published=DAY).events, "THREATEN", set(), None, None)


@pytest.mark.parametrize("text", THREATS)
def test_own_response_stays_a_threat(text):
    assert_act(extract_text(text, published=DAY).events, "THREATEN", {"CHL"}, {"PER"}, "occurred")
