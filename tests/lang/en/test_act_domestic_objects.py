"""Domestic acts whose receiving side is the actor's own state (domestic49): an election's results rejected (CAMEO's
&solution lists 'results', whose generated entry a published-results filter dropped: a REJECT with no mode), and
people acting against their government's measure ('marched against the government's tax plan': a possessive people
or institution noun owns what the act is aimed at, act_sides.people_span), and a penalty on a former office holder. Our own sentences (Korean:
tests/lang/ko/test_act_protest_demands.py)."""
from __future__ import annotations

import pytest
from tests.event_sides import first_of

ROWS = [  # (sentence, kind, actors, recipients)
    ("Zimbabwe's opposition rejected the official election results on Sunday.", "REJECT", {"ZWE"}, {"ZWE"}),
    ("The opposition in Malawi rejected the results of the presidential election.", "REJECT", {"MWI"}, {"MWI"}),
    ("Thousands of Ecuadorians marched in Quito against the government's fuel subsidy cuts.", "PROTEST", {"ECU"},
     {"ECU"}),
    ("Chilean students protested against the government's education reform on Thursday.", "PROTEST", {"CHL"},
     {"CHL"}),
    ("An Ecuadorian court sentenced former vice president Jorge Mena to six years in prison.", "SANCTION", {"ECU"},
     {"ECU"}),  # 'former vice president': the title's words are no end of the people phrase
]


@pytest.mark.parametrize("text, kind, actors, recipients", ROWS)
def test_a_domestic_object_is_the_actors_own_state(extract, text, kind, actors, recipients):
    first = first_of(extract(text).events, type=kind)
    assert ({p.country for p in first.participants}, {p.country for p in first.recipients}) == \
        (actors, recipients)
    if kind == "REJECT":
        assert first.mode is None  # no meeting refused


NEGATIVES = [  # (sentence, kind, a state that must not receive it)
    ("Ecuador's electoral council released the results of the referendum on Monday.", "REJECT", None),
    ("Thousands of Chileans protested outside the Argentine embassy against Argentina's government's decision.",
     "PROTEST", "CHL"),
]


@pytest.mark.parametrize("text, kind, state", NEGATIVES)
def test_no_domestic_object(extract, text, kind, state):
    found = [e for e in extract(text).events if e.type == kind]
    if state is None:
        assert not found
    else:
        assert all(state not in {p.country for p in e.recipients} for e in found), found
