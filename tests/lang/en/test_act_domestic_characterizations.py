"""A naming verb's damning complement on a government's own measure (accuse56): 'X's opposition leader called the
government's plan humiliating' is the opposition's ACCUSE of its own state (the naming verb's object is read for its
owner, act_sides.start_of_object), with CAMEO 111's words of contempt for a deal ('humiliating', 'a capitulation',
'unconstitutional') as damning complements. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

PUB = date(2025, 3, 10)

ROWS = [
    ("Uruguay's opposition leader called the government's plan humiliating.", {"URY"}, {"URY"}, "occurred"),
    ("Kenya's main opposition party branded the government's tax bill a capitulation.", {"KEN"}, {"KEN"}, "occurred"),
    ("Ghana's opposition called the government's decree unconstitutional.", {"GHA"}, {"GHA"}, "occurred"),
    ("Chile called Peru's new border law humiliating.", {"CHL"}, {"PER"}, "occurred"),
    # negative: a naming with no damning word
    ("Uruguay's opposition leader called the government's plan a first step.", set(), None, None),
]


@pytest.mark.parametrize("text,actors,recipients,status", ROWS)
def test_naming_judges_own_government(text, actors, recipients, status):
    assert_act(extract_text(text, published=PUB).events, "ACCUSE", actors, recipients, status)
