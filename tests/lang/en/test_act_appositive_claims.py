"""(force60) A deed told after a plain 'said' that an appositive then calls a claim ('X said Y's troops opened fire on
its post, a claim Y rejected'): the report is X's allegation against Y (ACCUSE allege, act_allegations.appositive_claim),
and the deed, disputed by its doer in the same sentence, is no event (pipeline/act_charged_deeds). Our own sentences
(Korean: the claim verbs 주장했다 and the denial 부인했다 of tests/lang/ko, force59)."""
from __future__ import annotations

import pytest
from tests.event_sides import first_of

ROWS = [  # (sentence, accuser, accused)
    ("Peru said Bolivian troops opened fire on its border post on Monday, a claim Bolivia rejected.", {"PER"}, {"BOL"}),
    ("Ghana's army said Togolese soldiers shelled two of its outposts overnight, an accusation Togo rejected.",
     {"GHA"}, {"TGO"}),
]


@pytest.mark.parametrize("text, accuser, accused", ROWS)
def test_a_claimed_deed_is_an_allegation(extract, text, accuser, accused):
    found = extract(text).events
    first = first_of(found, type="ACCUSE")
    assert {p.country for p in first.participants} == accuser
    assert {p.country for p in first.recipients} == accused
    assert not [e for e in found if e.type == "ASSAULT"]  # denied beside it: only alleged


NEGATIVES = [  # a deed said with no appositive claim stays the report's deed; (acts59) the speaker's charge beside it
    ("Peru said Bolivian troops opened fire on its border post on Monday, killing one soldier.", {"PER"}, {"BOL"}),
    ("Ghana's army said Togolese soldiers shelled two of its outposts overnight, the first such attack in a year.",
     {"GHA"}, {"TGO"}),
]


@pytest.mark.parametrize("text, accuser, accused", NEGATIVES)
def test_a_said_deed_stays(extract, text, accuser, accused):
    found = extract(text).events
    assert [e for e in found if e.type == "ASSAULT"], [(e.type, e.mode) for e in found]
    charges = [({p.country for p in e.participants}, {r.country for r in e.recipients}) for e in found
               if e.type == "ACCUSE"]  # acts59 (act_reported_charges): the reported deed is the speaker's charge too
    assert charges == [(accuser, accused)], charges
