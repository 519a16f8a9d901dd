"""A verb of blaming inside a relative clause with its own subject (accuse56, act_context.relative_subject): 'blasts
that Hanoi blamed on Laos' is active, its subject blames the side after 'on' (ACCUSE allege), not a participle with no
judge; 'blasts that were blamed on X' stays unagented. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

PUB = date(2025, 3, 10)

ROWS = [
    ("Three border guards died in explosions that Hanoi blamed on Laos.", "ACCUSE", {"VNM"}, {"LAO"}, "occurred"),
    ("Four miners were hurt in a fire which Ankara blamed on Syrian infiltrators.", "ACCUSE", {"TUR"}, {"SYR"},
     "occurred"),
    ("The pipeline leak, which Baku blamed on Georgia, cut exports for a week.", "ACCUSE", {"AZE"}, {"GEO"},
     "occurred"),
    # negative: a passive in the relative clause names no one who blames
    ("Three border guards died in explosions that were blamed on Laos.", "ACCUSE", set(), None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", ROWS)
def test_relative_clause_blame(text, type_, actors, recipients, status):
    assert_act(extract_text(text, published=PUB).events, type_, actors, recipients, status)
