"""The ranks of a mission to a body (votes46, data/offices.yaml deputy_ambassador): 'Russia's deputy representative,
X, said', 'the first deputy permanent representative X' are their state's diplomats, as the ambassador is, so their
acts are their state's. Every sentence is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2025, 6, 2)


@pytest.mark.parametrize("text,actors,recipients", [
    ("Ukraine's deputy representative Olena Marchuk accused Belarus of hosting the launchers.", {"UKR"}, {"BLR"}),
    ("France's deputy representative, Claire Dumont, condemned Mali's decision.", {"FRA"}, {"MLI"}),
    ("Chile's first deputy permanent representative Jorge Salas urged Peru to resume talks.", {"CHL"}, {"PER"}),
])
def test_a_deputy_representative_acts_for_the_state(text, actors, recipients):
    events = extract_text(text, published=DAY).events
    assert events, text
    assert_act(events, events[0].type, actors, recipients, "occurred")
