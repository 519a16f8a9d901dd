"""Regret and remorse (acts47, lang/en/act_remorse.py): regret over the speaker's own side's deed and heartbreak over
others' suffering are CONCEDE (PLOVER: 'expressions of regret or remorse'); regret over another side's deed stays
ACCUSE; heartbreak over no suffering is no act. Every sentence here is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2025, 6, 2)
MET = "Ecuadorian President Rosa Ibarra met Colombian President Mario Duque in Quito on Sunday. "

REMORSE = [
    ("Ecuador expressed regret over its coast guard's sinking of a Colombian fishing boat.",
     [("CONCEDE", {"ECU"}, {"COL"}, "occurred"), ("ACCUSE", None, None, None)]),
    ("Ecuador regretted its decision to expel the Colombian consul.", [("CONCEDE", {"ECU"}, {"COL"}, "occurred")]),
    (MET + "Ibarra said she was heartbroken that so many families had endured great hardship during the war.",
     [("CONCEDE", {"ECU"}, {"COL"}, "occurred")]),
    (MET + "Ibarra said she was \"heartbroken\" that many people had \"endured great suffering\" in the past.",
     [("CONCEDE", {"ECU"}, {"COL"}, "occurred")]),
    (MET + "\"My heart aches for all those who suffered,\" Ibarra said.", [("CONCEDE", {"ECU"}, {"COL"}, "occurred")]),
    # negatives: regret over another's deed is disapproval; heartbreak over no suffering
    ("Ecuador expressed regret over Colombia's decision to close the border.",
     [("ACCUSE", {"ECU"}, {"COL"}, "occurred"), ("CONCEDE", None, None, None)]),
    (MET + "Ibarra said she was heartbroken by the result of the match.", [("CONCEDE", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", REMORSE)
def test_remorse_is_concede(text, expected):
    events = extract_text(text, published=DAY).events
    for type_, actors, recipients, status in expected:
        assert_act(events, type_, actors, recipients, status)
