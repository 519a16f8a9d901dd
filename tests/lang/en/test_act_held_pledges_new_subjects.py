"""(enclause50) English clause reading, our own sentences.

A pledge to keep what the pledger holds ('vowed to protect its territorial integrity', 'vowed to stay in office') is
resolve, not PLOVER's AGREE (a commitment to cooperate): no AGREE, and so no state named beside it becomes a false
partner (act_frames.own_holding). A pledge to act for or with another stays an AGREE."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries, events_of

DAY = date(2025, 3, 4)


@pytest.mark.parametrize("sentence", [
    "Ghana vowed to protect its territorial integrity.",
    "Uruguay's president pledged to defend his country's sovereignty after the vote in Brussels.",
    "The Bolivian president vowed to stay in office despite protests backed by the European Union.",
    "Nepal's prime minister vowed to remain in power.",
    "Estonia promised to safeguard its independence.",
])
def test_a_pledge_to_keep_ones_own_is_no_agreement(sentence):
    assert not events_of(extract_text(sentence, published=DAY), "AGREE")


@pytest.mark.parametrize("sentence, actors", [
    ("Tunisia promised to hold elections next year.", {"TUN"}),  # PLOVER codes a reform promised as AGREE
    ("Chile promised to protect its partnership with Peru.", {"CHL", "PER"}),  # a partner named: kept
    ("Mali pledged to uphold the truce.", {"MLI"}),
])
def test_a_pledge_that_offers_something_stays_an_agreement(sentence, actors):
    found = events_of(extract_text(sentence, published=DAY), "AGREE")
    assert found and countries(found[0].participants) == actors
