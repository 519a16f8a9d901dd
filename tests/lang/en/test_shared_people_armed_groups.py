"""An armed group of a people whose homeland spans several states ('Kurdish rebels', 'Baloch militants') is of
the one of those states the sentence names elsewhere ('attacked Turkish troops': TUR), the state it fights in,
as PLOVER codes an insurgency; placed by its own phrase ('Kurdish fighters in Syria') it stays there, and with
none or several of its states named it names no side. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act

ROWS = [  # (sentence, type, actors, recipients or None, status or None)
    ("Kurdish rebels ambushed Turkish troops near the border on Monday.", "ASSAULT", {"TUR"}, None, "occurred"),
    ("Baloch militants attacked Pakistani soldiers on Monday.", "ASSAULT", {"PAK"}, None, "occurred"),
    ("Kurdish fighters in Syria attacked Turkish positions.", "ASSAULT", {"SYR"}, {"TUR"}, "occurred"),
    ("Kurdish fighters attacked Iranian and Turkish posts.", "ASSAULT", set(), None, None),
]


@pytest.mark.parametrize("text, kind, actors, recipients, status", ROWS)
def test_shared_people_armed_group_fights_in_the_state_named(extract, text, kind, actors, recipients, status):
    assert_act(extract(text).events, kind, actors, recipients, status)
