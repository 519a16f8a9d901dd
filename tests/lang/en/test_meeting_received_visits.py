"""(drawn66) A visit or call received is a meeting its receiver holds with the visitor: 'Ghana received a visit from
Togo's foreign minister' is CONSULT between Ghana and Togo (lexicon light_verb_before_re: 'received' before the
meeting noun makes it the clause's predicate), as 'hosted X' already is (Korean rows:
tests/lang/ko/test_meeting_received_visits.py). Not an invitation or a request received ('received an invitation to visit X'). Every
sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def parties(sentence: str) -> list[set[str]]:
    return [{p.country for p in e.participants} | {r.country for r in e.recipients}
            for e in events(sentence) if e.type == "CONSULT"]


@pytest.mark.parametrize("sentence", [
    "Ghana received a visit from Togo's foreign minister on Tuesday.",
    "Ghana's president received a visit from Togo on Tuesday.",
    "Ghana received a courtesy call from Togo's ambassador on Tuesday.",
    "Ghana hosted Togo's foreign minister on Tuesday.",
])
def test_a_visit_received_is_held_with_the_visitor(sentence):
    assert parties(sentence) == [{"GHA", "TGO"}]


@pytest.mark.parametrize("sentence", [
    "Ghana received an invitation to visit Togo next month.",  # an invitation: no meeting held
    "Ghana received a request for talks from Togo.",
])
def test_an_invitation_or_request_received_is_no_meeting(sentence):
    assert parties(sentence) == []
