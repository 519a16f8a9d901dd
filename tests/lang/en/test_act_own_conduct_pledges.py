"""stance52: a pledge of the pledger's own conduct in office or in a race ('vowed to run again', 'promised to govern
with humility') offers nothing to anyone: no AGREE (act_frames.own_conduct, cue own_conduct_verbs), as a pledge to
keep what it holds ('vowed to stay in office') already reads. A pledge with a named party, or of cooperation, stays.
Sentences of our own; the Korean side is tests/lang/ko/test_act_own_conduct_pledges.py."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text", [
    "Former Peruvian president Humala has vowed to run again in 2026.",
    "Kenya's president promised to govern with humility.",
    "Kenya's president promised to serve all Kenyans.",
    "The Malawian opposition leader pledged to campaign across the country.",
])
def test_pledge_of_own_conduct_is_no_agreement(text):
    assert_act(read(text), "AGREE", set(), None, None)


@pytest.mark.parametrize("text, actors", [
    ("Japan pledged to work closely with South Korea.", {"JPN"}),
    ("Iran vowed to cooperate with the IAEA.", {"IRN"}),
    ("Kenya's president pledged to govern with the opposition.", {"KEN"}),
])
def test_pledge_with_a_party_stays_an_agreement(text, actors):
    assert_act(read(text), "AGREE", actors, None, "occurred")
