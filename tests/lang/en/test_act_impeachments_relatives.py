"""(accuse59) Three English classes of ACCUSE: an impeachment is a legislature's formal charge (the manual's 'allege':
'indict, or charge'), by the verb or the motion or articles filed or passed, a domestic act; a charge or
condemnation told in a subject relative clause ('X, who had accused Y of ...') is the named speaker's deed, not
background, and an office before the name ('[Z Party leader] X') tells X's state; a capitalized word inside a name
('the Gulf States') is no reporting verb 'states'. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

PUB = date(2025, 3, 10)

ROWS = [
    ("Opposition lawmakers in Ecuador filed an impeachment motion against President Tomas Vera on Friday.",
     "ACCUSE", {"ECU"}, {"ECU"}, "occurred"),
    ("Ecuador's National Assembly impeached President Tomas Vera on Friday.", "ACCUSE", {"ECU"}, {"ECU"}, "occurred"),
    ("Ecuadorian legislators submitted articles of impeachment against the president on Friday.",
     "ACCUSE", {"ECU"}, {"ECU"}, "occurred"),
    ("Ecuadorian lawmakers debated an impeachment motion on Friday.", "ACCUSE", set(), set(), None),
    # a subject relative clause: the named speaker's own charge, the office's body naming the state
    ("Brazilian Foreign Minister Paulo Lima, who had accused Chile of spying, left the meeting early.",
     "ACCUSE", {"BRA"}, {"CHL"}, "occurred"),
    ("Chile's Socialist Party leader Ana Ruiz, who had accused Peru of spying on her party, left the talks.",
     "ACCUSE", {"CHL"}, {"PER"}, "occurred"),
    # an object relative ('whom ... had accused') still describes the person: background, no charge by them
    ("The Chilean mayor, whom Peruvian officials had accused of smuggling, resigned on Monday.",
     "ACCUSE", set(), set(), None),
    # 'States' inside a name is no reporting verb; the verb 'states' still reports
    ("Peru's foreign ministry said it would brief the Gulf States and Japan on the alleged breaches.",
     "ACCUSE", set(), set(), None),
    ("Chile's foreign ministry states that Peru violated the fishing accord.", "ACCUSE", {"CHL"}, {"PER"}, "occurred"),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", ROWS)
def test_impeachments_relatives_and_name_parts(text, type_, actors, recipients, status):
    assert_act(extract_text(text, published=PUB).events, type_, actors, recipients, status,
               "allege" if status and "impeach" in text else None)
