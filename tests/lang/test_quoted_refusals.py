"""(request62) A refusal to take part said in a quotation ('정상회의에 참석하지 않겠다고 밝혔다', 'said it would not attend'):
the clause's verb is one of taking part, so the Korean reader marks its names participants (lang/ko/meeting_roles
taking_part); towards the act word the participant is its subject (pipeline/roles.act_roles). A relative clause's
subject ('[B가 주최하는] 정상회의') or a name tied to the meeting noun ('B와의 회담') describes the meeting and is
refused; a topic with a subject of its own after it judges the refusal and does not refuse. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, first_of

REFUSED = {
    "a quoted pledge not to attend": [
        ("우루과이 정부는 파라과이가 주최하는 정상회의에 참석하지 않겠다고 밝혔다.", {"URY"}, {"PRY"}),
        ("우루과이 외교부는 파라과이와의 회담에 참여하지 않을 것이라고 말했다.", {"URY"}, {"PRY"}),
        ("Uruguay said it would not attend the summit hosted by Paraguay.", {"URY"}, {"PRY"}),
    ],
    "a quoted pledge, no host named": [
        ("볼리비아와 에콰도르는 내년 정상회의에 참석하지 않겠다고 밝혔다.", {"BOL", "ECU"}, set()),
    ],
    "a refusal another judges": [
        ("우루과이 정부는 파라과이가 정상회의에 참석하지 않겠다고 밝힌 것을 비판했다.", {"PRY"}, None),
    ],
}


@pytest.mark.parametrize("text, actors, recipients", class_rows(REFUSED))
def test_quoted_refusal_has_its_speaker(text, actors, recipients):
    first = first_of(events(text), type="REJECT")
    assert {p.country for p in first.participants} == actors
    if recipients is not None:
        assert {r.country for r in first.recipients} == recipients
    assert first.mode == "meet"


NOT_REFUSED = {
    "a quoted pledge to attend": [
        "우루과이 정부는 파라과이가 주최하는 정상회의에 참석하겠다고 밝혔다.",
        "Uruguay said it would attend the summit hosted by Paraguay.",
    ],
}


@pytest.mark.parametrize("text", class_rows(NOT_REFUSED))
def test_pledge_to_attend_refuses_nothing(text):
    assert not [e for e in events(text) if e.type == "REJECT"], [(e.type, e.status) for e in events(text)]
