"""English acts a reader would not record (precision49): words that look like an act and state none.

1. a verb after 'or' / 'nor' that a negation before the series' first verb covers ('did not condemn or sanction X',
   'neither backed nor supported'): denied like the first (act_series.negated_series); after 'and' it keeps its
   own polarity.

Each row is a sentence we wrote (none from the shared eval sets or the held-out batches): the type, the acting and
receiving states, the status (None: no such event). The Korean rows of the same classes are in
tests/lang/ko/test_act_false_acts.py."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

OCC = "occurred"
DAY = date(2025, 10, 8)


def read(sentence: str):
    return extract_text(sentence, published=DAY).events


# 1. a negated 'or' / 'nor' series denies each verb; 'and' or no negation states each
@pytest.mark.parametrize("sentence, type_, actors, recipients, status", [
    ("Ghana did not condemn or sanction Togo.", "SANCTION", set(), None, None),
    ("Ghana did not condemn or sanction Togo.", "ACCUSE", set(), None, None),
    ("Nepal neither backed nor supported the Indian proposal.", "SUPPORT", set(), None, None),
    ("Oman has never criticized or condemned the Yemeni rebels.", "ACCUSE", set(), None, None),
    ("Ghana did not condemn Togo and sanctioned Benin.", "SANCTION", {"GHA"}, {"BEN"}, OCC),
    ("Ghana condemned or sanctioned Togo.", "SANCTION", {"GHA"}, {"TGO"}, OCC),
])
def test_a_negated_or_series_denies_every_verb(sentence, type_, actors, recipients, status):
    assert_act(read(sentence), type_, actors, recipients, status)
