"""(conflict54) A sentence that names a prison term is also the holding it orders: 'sentenced X to N years in prison'
gives SANCTION convict and COERCE arrest on the same sides (the manual: "court sentences that include imprisonment
will also receive a COERCE 'arrest' mode"), as Korean '징역 N년을 선고했다' does (lang/ko/act_prison_terms.py, its
tests in tests/lang/ko). A suspended term or a sentence with no term holds no one. Our own sentences."""
from __future__ import annotations

import pytest

ROWS = [  # (sentence, judging state, sentenced state)
    ("A court in Cairo sentenced the activist Samir Hadi to 10 years in prison.", "EGY", "EGY"),
    ("A Minsk court sentenced two journalists to life.", "BLR", "BLR"),
    ("A court in Tehran sentenced the French tourist to three years in jail on Monday.", "IRN", "FRA"),
]


@pytest.mark.parametrize("text, judge, sentenced", ROWS)
def test_a_prison_sentence_is_also_the_holding(extract, text, judge, sentenced):
    found = extract(text).events
    kinds = {(e.type, e.mode) for e in found}
    assert {("SANCTION", "convict"), ("COERCE", "arrest")} <= kinds, kinds
    held = next(e for e in found if e.type == "COERCE")
    assert {p.country for p in held.participants} == {judge}
    assert {r.country for r in held.recipients} == {sentenced}


NEGATIVES = [  # a sentence with no prison term: the conviction alone
    "A Moscow court fined the newspaper and sentenced its editor to probation.",
    "A court in Tbilisi sentenced the Armenian driver to a suspended prison term of two years.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_term_no_holding(extract, text):
    found = extract(text).events
    assert not [e for e in found if e.type == "COERCE"], [(e.type, e.mode) for e in found]
