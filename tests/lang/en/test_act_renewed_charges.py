"""Renewed charges (accuse66, lexicon en.yaml `repeated_act_before_re`): 'repeated', 'continued' before the speaker's own
possessive ('repeated its accusation against X', 'continued their criticism of X') is a verb renewing the speaker's own
charge, ACCUSE at X as 'renewed its criticism' and 'reiterated its condemnation' are; before a deed noun with no
possessive between ('X's repeated missile launches') it still marks a series, no one dated deed. Every sentence here is
our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2025, 6, 2)

ROWS = [
    ("Ghana repeated its accusation against Togo.", "ACCUSE", {"GHA"}, {"TGO"}, "occurred", "allege"),
    ("Ghana repeated its accusations against Togo on Tuesday.", "ACCUSE", {"GHA"}, {"TGO"}, "occurred", "allege"),
    ("Ghana repeated its criticism of Togo.", "ACCUSE", {"GHA"}, {"TGO"}, "occurred", "disapprove"),
    ("Ghana renewed its criticism of Togo.", "ACCUSE", {"GHA"}, {"TGO"}, "occurred", "disapprove"),
    ("Ghana reiterated its condemnation of Togo.", "ACCUSE", {"GHA"}, {"TGO"}, "occurred", "disapprove"),
    ("Ghanaian officials continued their criticism of Togo.", "ACCUSE", {"GHA"}, {"TGO"}, "occurred", "disapprove"),
    # negatives: a series of deeds is no one dated deed
    ("Ghana criticized Togo's repeated missile launches.", "ASSAULT", None, None, None, None),
    ("Togo's repeated incursions angered Ghana.", "ASSAULT", None, None, None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status,mode", ROWS)
def test_renewed_charges(text, type_, actors, recipients, status, mode):
    assert_act(extract_text(text, published=DAY).events, type_, actors, recipients, status, mode)
