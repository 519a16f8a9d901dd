"""'talks between A and X's acting leader B' (meet56, lexicon `coordination_re`): a state's owner and an office modifier
left outside the title chain ('Chile's interim', 'acting') still join the second name to the first, so both are the
meeting's parties; a name in another clause after a semicolon is no conjunct. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2025, 3, 4)

BETWEEN = [
    ("The truce, agreed on Tuesday at talks in Brazil between Peruvian President Luis Mendoza and Chile's interim "
     "leader Rodrigo Fuentes, took effect at dawn.", ("Mendoza", "Fuentes")),
    ("Talks between Ghanaian President Kofi Mensah and Togo's acting premier Yao Agbeko ended in Accra on Monday "
     "without a deal.", ("Mensah", "Agbeko")),
]
APART = [
    ("Peruvian President Luis Mendoza held talks in Lima on Tuesday; Chile's interim leader Rodrigo Fuentes "
     "criticized them.", "Fuentes"),
]


def consults(text: str) -> list:
    return [e for e in extract_text(text, published=DAY).events if e.type == "CONSULT"]


@pytest.mark.parametrize("text,people", BETWEEN)
def test_between_a_and_an_acting_leader(text, people):
    found = [" ".join(p.name for p in e.participants) for e in consults(text)]
    assert any(all(p in n for p in people) for n in found), found


@pytest.mark.parametrize("text,absent", APART)
def test_name_of_another_clause_is_no_party(text, absent):
    assert not any(absent in p.name for e in consults(text) for p in e.participants)
