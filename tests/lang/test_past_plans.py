"""(plans54, issues 13/15) A plan told in the past ('had planned to expel', 'intended to impose') is the deed, planned,
never a threat, in both languages ('추방할 계획이었다' read so already), with sentences of our own. Negative rows: a
threat or a said future stays THREATEN; the deed done stays occurred."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events, first_of

ROWS = [  # (sentence, type, mode, actors, recipients)
    ("Ghana had planned to expel two Togolese diplomats.", "SANCTION", "expel", {"GHA"}, {"TGO"}),
    ("가나는 토고 외교관 두 명을 추방할 계획이었다.", "SANCTION", "expel", {"GHA"}, {"TGO"}),
    ("Uruguay had intended to impose sanctions on Paraguay.", "SANCTION", "discontinue", {"URY"}, {"PRY"}),
    ("우루과이는 파라과이에 제재를 부과할 계획이었다.", "SANCTION", "discontinue", {"URY"}, {"PRY"}),
    ("Chile planned to close its border with Bolivia.", "SANCTION", "discontinue", {"CHL"}, {"BOL"}),
]


@pytest.mark.parametrize("sentence, kind, mode, actors, recipients", ROWS)
def test_a_past_plan_is_the_deed_planned(sentence, kind, mode, actors, recipients):
    found = events(sentence)
    assert not [e for e in found if e.type == "THREATEN"], [(e.type, e.status) for e in found]
    first = first_of(found, type=kind)
    assert (first.mode, first.status) == (mode, "planned")
    assert countries(first.participants) == actors and countries(first.recipients) == recipients


@pytest.mark.parametrize("sentence, kind, status", [
    ("Ghana threatened to expel two Togolese diplomats.", "THREATEN", "occurred"),
    ("Ghana said it would expel two Togolese diplomats.", "THREATEN", "occurred"),
    ("Ghana expelled two Togolese diplomats.", "SANCTION", "occurred"),
])
def test_threats_and_deeds_keep_their_reading(sentence, kind, status):
    assert [e.status for e in events(sentence) if e.type == kind][:1] == [status], \
        [(e.type, e.status) for e in events(sentence)]
