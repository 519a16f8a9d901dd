"""(acts59, issue 14) A bare home body as an act's subject ('The government rejected ...', 'The foreign ministry
urged ...') in a story with no dateline is the state the paragraph is about: the one state the sentences before it
name (pipeline/bare_body_state.paragraph_told, reusing story_states.paragraph_state). Not the state the act is aimed at, nor one
whose last deed was done to others (a bare ministry answering a launch is the launcher's rival's). With a dateline the
dateline's state speaks, as before. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import event_sides

DAY = date(2024, 11, 15)


@pytest.mark.parametrize("text, kind, acting, receiving", [
    ("Uruguay's economy grew last year. The government rejected Paraguay's proposal on Monday.", "REJECT", "URY", "PRY"),
    ("Uruguay's economy grew last year. The foreign ministry urged Paraguay to reopen the bridge.", "REQUEST", "URY",
     "PRY"),
    ("MONTEVIDEO, Nov 14 - The government rejected Paraguay's proposal on Monday.", "REJECT", "URY", "PRY"),  # dateline
])
def test_a_bare_home_body_is_the_paragraphs_state(text, kind, acting, receiving):
    found = event_sides(text, DAY)
    assert (kind, frozenset({acting}), frozenset({receiving})) in found, found


@pytest.mark.parametrize("text", [
    "Uruguay held elections on Sunday. The foreign ministry urged Uruguay to count the votes again.",  # aimed at it
    "Uruguay fired a missile on Monday. The defence ministry condemned the launch.",  # a rival answers a deed
    "Uruguay and Paraguay held talks. The government rejected the proposal.",  # two states: none is the story's
])
def test_no_paragraph_state(text):
    assert not [row for row in event_sides(text, DAY) if row[0] in ("ACCUSE", "REJECT", "REQUEST") and row[1] & {"URY", "PRY"}]
