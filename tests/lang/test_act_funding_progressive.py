"""ensupport68 (issue 13): funding or financing an armed group in the progressive ('Togo is funding the militia',
'has been financing the rebels') is AID economic by the subject, as 'funded' was; Korean '자금을 지원하고 있다' alike.
The -ing form with no 'be' before it is the noun, money named ('announced new funding for schools', 'cut funding to
X'), no AID (lang/en/act_progressive_forms). Our own sentences, both languages in one table."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 3, 12)

FUNDING = [
    "Togo is funding the militia in the north of the country.",
    "Togo has been quietly financing the rebels in the north.",
    "토고는 북부 반군에 자금을 지원하고 있다.",
]

# (sentence, the act read instead, or None)
MONEY_NAMED = [
    ("Togo announced new funding for schools in Ghana.", None),
    ("Togo cut funding to the militia in the north.", "SANCTION"),
    ("Togo is seeking funding from Ghana for a new dam.", "REQUEST"),
]


@pytest.mark.parametrize("text", FUNDING)
def test_progressive_funding_is_aid(text):
    assert_act(extract_text(text, published=DAY).events, "AID", {"TGO"}, None, "occurred", "economic")


@pytest.mark.parametrize(("text", "kept"), MONEY_NAMED)
def test_funding_noun_gives_no_aid(text, kept):
    evs = extract_text(text, published=DAY).events
    assert_act(evs, "AID", set(), None, None)
    if kept:
        assert_act(evs, kept, {"TGO"}, None, "occurred")
