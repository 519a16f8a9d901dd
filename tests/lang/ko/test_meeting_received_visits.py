"""(drawn66) Korean agrees with the English rule (tests/lang/en/test_meeting_received_visits.py): a visit the topic
receives ('...의 방문을 받았다', meeting_received_verbs) is a meeting with the visitor. Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def parties(sentence: str) -> list[set[str]]:
    return [{p.country for p in e.participants} | {r.country for r in e.recipients}
            for e in events(sentence) if e.type == "CONSULT"]


@pytest.mark.parametrize("sentence", [
    "가나 대통령은 토고 외교장관의 방문을 받았다.",
    "가나는 토고 대표단의 예방을 받았다.",
])
def test_a_visit_received_is_held_with_the_visitor(sentence):
    assert parties(sentence) == [{"GHA", "TGO"}]


def test_an_invitation_received_is_no_meeting():
    assert parties("가나는 토고로부터 방문 초청을 받았다.") == []
