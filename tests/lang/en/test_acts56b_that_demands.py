"""(acts56b, issue 15) What a demand's that-clause asks gives the demand its mode, as the infinitive's does
(lang/en/act_modes.asked_that): 'demanded that the junta hand over power' is REQUEST change (rule itself handed over,
enacts56's ceded_power), 'demanded that X hand over the prisoners' yield. A that-clause of a statement asks nothing.
Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events

ROWS = [  # (sentence, type, mode); mode None with type: no event of that type
    ("Protesters in Guinea demanded that the junta hand over power.", "REQUEST", "change"),
    ("Benin demanded that Togo hand over power to civilians.", "REQUEST", "change"),
    ("Benin urged the junta in Togo to hand over power.", "REQUEST", "change"),
    ("Benin demanded that Togo hand over the detained fishermen.", "REQUEST", "yield"),
    ("Benin demanded that Togo withdraw its troops.", "REQUEST", "yield"),
    ("Benin said that Togo attacked a border post.", "REQUEST", None),
]


@pytest.mark.parametrize("text,kind,mode", ROWS)
def test_that_clause_gives_the_demand_its_mode(text, kind, mode):
    found = [e.mode for e in events(text) if e.type == kind]
    assert found == ([mode] if mode else []), found
