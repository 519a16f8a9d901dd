"""accuse58: a side that says the other struck first ('said Y's troops had opened fire first'; Korean 'B군이 먼저
총격을 가했다고 밝혔다') blames it for starting the fighting: ACCUSE allege at the side said to have struck first, even
with a plain verb of saying (lang/en/act_allegations.struck_first, lang/ko/act_verdicts._struck_first); the same
report without 'first' is, since acts59 (English) and koacts59b (Korean),
the speaker's charge too. Our own sentences, both languages in one table."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2025, 10, 8)
LEAD_KO = "케냐와 소말리아 국경에서 7일 교전이 벌어졌다. "

BLAMED = [
    "The Malian army said on Tuesday that Burkinabe troops had opened fire first near the border post.",
    LEAD_KO + "케냐군은 소말리아군이 먼저 총격을 가했다고 밝혔다.",
]

SAID = [  # (acts59, koacts59b) a deed of force told after a plain verb of saying, no 'first', is the speaker's charge
    # (lang/en/act_reported_charges, lang/ko/act_reported_charges)
    "The Malian army said Burkinabe troops opened fire near the border post on Tuesday.",
    LEAD_KO + "케냐군은 소말리아군이 총격을 가했다고 밝혔다.",
]


@pytest.mark.parametrize("text", BLAMED + SAID)
def test_first_blow_claimed_is_an_allegation(text):
    accuser, accused = ({"MLI"}, {"BFA"}) if text.isascii() else ({"KEN"}, {"SOM"})
    assert_act(extract_text(text, published=DAY).events, "ACCUSE", accuser, accused, "occurred", "allege")

