"""Shooting aimed at someone with no weapon named (force60, scripts/data/en_acts_additions.yaml): 'fired on',
'fired at', 'fired upon' + the side shot at is ASSAULT firearms as 'opened fire on' is; English sentences of our own."""
from __future__ import annotations

import pytest
from tests.event_sides import first_of

ROWS = [  # (sentence, ASSAULT actors, ASSAULT recipients)
    ("Eritrean troops fired on Ethiopian border guards near Zalambessa on Sunday.", {"ERI"}, {"ETH"}),
    ("Gunmen fired at a Malian army convoy north of Gao, killing three soldiers.", {"MLI"}, {"MLI"}),
    ("Venezuelan warships fired upon a Guyanese fishing vessel in disputed waters.", {"VEN"}, {"GUY"}),
]


@pytest.mark.parametrize("text, actors, recipients", ROWS)
def test_fired_on_is_gunfire(extract, text, actors, recipients):
    first = first_of(extract(text).events, type="ASSAULT")
    assert first.mode == "firearms"
    assert {p.country for p in first.participants} == actors
    assert {p.country for p in first.recipients} == recipients


NEGATIVES = [  # words of 'fire' that shoot no one
    "The Chilean minister fired back at critics of the pension reform on Tuesday.",
    "Peru's president fired his interior minister after the protests.",
    "The Ghanaian exporters are firing on all cylinders this season.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_gunfire(extract, text):
    assert not [e for e in extract(text).events if e.type == "ASSAULT"]


NEAR_BORDERS = [  # (force60) a border has two sides: the state naming the border shot near is not the one hit
    ("Ugandan troops fired on rebel camps near the western Congolese border on Friday.", "COD"),
    ("Sudanese gunships fired at a convoy near the Chadian frontier, killing five.", "TCD"),
]


@pytest.mark.parametrize("text, border_state", NEAR_BORDERS)
def test_fire_near_a_border_hits_no_state_named_by_it(extract, text, border_state):
    found = [e for e in extract(text).events if e.type == "ASSAULT"]
    assert found and not any(p.country == border_state for e in found for p in e.recipients), \
        [(e.type, [p.country for p in e.recipients]) for e in found]
