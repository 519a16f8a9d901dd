"""shelve53: a seizure of land said to be impossible in answer to a claim ('no state can annex another', '"You cannot
annex another country," X said') is the speaker's REJECT of the claimant told before, never of the land; with no claim
told, or told as a fact ('did not annex'), or said by onlookers of no side, it is no refusal."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text, owner, claimant", [
    ("Russia demanded that Norway hand over Svalbard. Norway's prime minister said on Tuesday that no state can "
     "annex Svalbard.", "NOR", "RUS"),
    ("Turkey demanded that Greece hand over the island. Greece's president said Turkey cannot annex the island.",
     "GRC", "TUR"),
    ('China demanded that Japan give up the islands. "You cannot annex another country," the Japanese prime minister '
     "told reporters.", "JPN", "CHN"),
    ('Russia demanded that Finland hand over Karelia. "No state can seize the land of another," Finland\'s president '
     "said.", "FIN", "RUS"),
])
def test_seizure_called_impossible_refuses_the_claimant(text, owner, claimant):
    events = read(text)
    assert_act(events, "REJECT", {owner}, {claimant}, "occurred")
    assert_act(events, "COERCE", set(), None, None)


@pytest.mark.parametrize("text", [
    "Georgia's president said no state can annex another country.",  # no claim told: no one refused
    "Georgia's president said Russia did not annex Abkhazia.",  # a deed denied as a fact, no claim refused
    "Russia cannot annex Abkhazia without a war, analysts said.",  # no claim told either
])
def test_seizure_denied_without_a_claim_is_no_refusal(text):
    assert_act(read(text), "REJECT", set(), None, None)
