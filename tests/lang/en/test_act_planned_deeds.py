"""(future53) A hostile deed after a plan, decision, agreement or timetable is that act, planned, not a threat, with
sentences of our own.

'Ghana plans to expel two Togolese diplomats' reads as Korean '추방할 계획이다' and '추방하기로 했다' do: SANCTION expel
planned (it was THREATEN expel planned). Negative rows: a threat made ('threatened to', 'vowed to'), a deed under a
condition ('unless'), the deed done, and a future said ('said it would expel'), which the threat reading keeps.
"""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events, first_of

ROWS = [  # (sentence, type, mode, actors, recipients)
    ("Ghana plans to expel two Togolese diplomats.", "SANCTION", "expel", {"GHA"}, {"TGO"}),
    ("Ghana decided to expel two Togolese diplomats.", "SANCTION", "expel", {"GHA"}, {"TGO"}),
    ("Ghana is set to expel two Togolese diplomats.", "SANCTION", "expel", {"GHA"}, {"TGO"}),
    ("New Zealand intends to impose tariffs on sugar from Fiji.", "SANCTION", "discontinue", {"NZL"}, {"FJI"}),
    ("Uruguay decided to close its border with Paraguay.", "SANCTION", "discontinue", {"URY"}, {"PRY"}),
    ("Norway decided to send police officers to Haiti.", "MOBILIZE", "police", {"NOR"}, set()),
]


@pytest.mark.parametrize("sentence, kind, mode, actors, recipients", ROWS)
def test_planned_deed_is_the_deed_planned(sentence, kind, mode, actors, recipients):
    first = first_of(events(sentence), type=kind)
    assert not [e for e in events(sentence) if e.type == "THREATEN"]
    assert (first.mode, first.status) == (mode, "planned")
    assert countries(first.participants) == actors and countries(first.recipients) == recipients


NEGATIVES = [  # (sentence, type, status)
    ("Ghana threatened to expel two Togolese diplomats.", "THREATEN", "occurred"),
    ("Ghana vowed to expel two Togolese diplomats.", "THREATEN", "occurred"),
    ("Ghana plans to expel two Togolese diplomats unless Togo frees the sailors.", "THREATEN", None),
    ("Ghana expelled two Togolese diplomats.", "SANCTION", "occurred"),
    ("Ghana said it would expel two Togolese diplomats.", "THREATEN", "occurred"),
    ("Ghana will expel two Togolese diplomats unless Togo frees the sailors.", "THREATEN", None),
]


@pytest.mark.parametrize("sentence, kind, status", NEGATIVES)
def test_threats_and_deeds_done_keep_their_reading(sentence, kind, status):
    first = first_of(events(sentence), type=kind)
    assert status is None or first.status == status
