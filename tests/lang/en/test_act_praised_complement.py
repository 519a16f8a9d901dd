"""What a welcome calls the deed names no receiver (support60; lang/en/act_welcomed.praised_complement), with
sentences of our own: 'hailed the decision as "a new chapter between two of X's closest allies"': X is the speaker's
words about the deed, the doer told before receives the SUPPORT. An owner named in the object still receives it.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act
from tests.event_sides import first_of

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text, doer", [
    ("Uganda withdrew its troops from the disputed border on Monday. Kenya's president hailed the move as "
     "\"a new chapter between two of Tanzania's closest neighbours.\"", "UGA"),
    ("Peru freed the detained Chilean fishermen on Monday. Chile welcomed the decision as a gesture that "
     "Bolivia should follow, the ministry said.", "PER"),
])
def test_complement_names_no_receiver(text, doer):
    first = first_of(read(text), type="SUPPORT")
    assert {p.country for p in first.recipients} == {doer}


def test_owner_named_in_object_still_receives():
    assert_act(read("Kenya on Monday welcomed Japan's decision as a step toward peace in the region."),
               "SUPPORT", {"KEN"}, {"JPN"}, "occurred")
