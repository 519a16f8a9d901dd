"""People named by no state (gunmen, militants, rebels, protesters) who act on another state's people in a place
are of the place's state ('Gunmen kidnapped two Turkish engineers in Nigeria': Nigeria's side, the Turks acted on),
as PLOVER's gold codes armed groups by where they operate; the locative is no part of the object phrase. With no
other state named the act stays domestic ('opened investigations against 12 Peruvian officials'). Our own
sentences."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act

ROWS = [  # (sentence, type, actors, recipients or None, status or None)
    ("Gunmen kidnapped two Turkish engineers in Nigeria on Monday.", "ASSAULT", {"NGA"}, {"TUR"}, "occurred"),
    ("Militants killed three Chinese workers in northern Pakistan on Monday.", "ASSAULT", {"PAK"}, {"CHN"}, "occurred"),
    ("Rebels killed three Ugandan soldiers in Congo.", "ASSAULT", {"COD"}, {"UGA"}, "occurred"),
    ("Judge Maria Lopez opened fraud investigations against 12 Peruvian officials suspected of taking bribes.",
     "ACCUSE", {"PER"}, None, "occurred"),
]


@pytest.mark.parametrize("text, kind, actors, recipients, status", ROWS)
def test_stateless_people_take_the_place_state(extract, text, kind, actors, recipients, status):
    assert_act(extract(text).events, kind, actors, recipients, status)
