"""A condemnation of an unnamed deed joined by 'and' to a demand on a named side (accuse56, act_demanded_doers): the
side the demand addresses is the one condemned; a condemnation naming its own object, or a demand addressed to no
one, leaves it as it was. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

PUB = date(2025, 3, 10)

ROWS = [
    ("The Spanish foreign minister condemned the escalation and called on Rabat to halt the offensive.",
     {"ESP"}, {"MAR"}, "occurred"),
    ("Spain condemned the escalation and urged Morocco to stop.", {"ESP"}, {"MAR"}, "occurred"),
    ("Finland sharply criticised the blockade of the strait and asked Tallinn to reopen it.", {"FIN"}, {"EST"},
     "occurred"),
    # negatives: the condemnation's own object is named; the demand names no state; no demand at all
    ("Spain condemned Algeria and urged Morocco to stop.", {"ESP"}, {"DZA"}, "occurred"),
    ("Spain condemned the escalation.", set(), None, None),
]


@pytest.mark.parametrize("text,actors,recipients,status", ROWS)
def test_condemnation_joined_to_demand(text, actors, recipients, status):
    assert_act(extract_text(text, published=PUB).events, "ACCUSE", actors, recipients, status)
