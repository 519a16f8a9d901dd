"""enmeet69: a meeting put off by a span of time ('was postponed by a week', 'was delayed by two days') names no side
that called it off: the meeting stays told as cancelled (CONSULT cancelled), no REJECT meet, as Korean '회담이 일주일
연기됐다'. A side named after 'by' ('was postponed by Ecuador', 'by the Ecuadorian government') still refuses it
(act_refused_meetings.named_agent, reusing the meeting reader's `meeting_cancelled_by_re`). Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def kinds(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.status) for e in events(text)]


@pytest.mark.parametrize("text", [
    "The talks between Ecuador and Bolivia were postponed by a week.",
    "The summit between Ecuador and Bolivia was delayed by two days.",
    "Negotiations between Ecuador and Bolivia have been postponed by several weeks.",
    "에콰도르와 볼리비아의 회담이 일주일 연기됐다.",  # kopassive70: 'B의' owns the meeting, it calls nothing off
])
def test_a_meeting_put_off_by_a_span_of_time_is_no_refusal(text):
    found = kinds(text)
    assert not [k for k in found if k[0] == "REJECT"], found
    assert ("CONSULT", "cancelled") in found, found


@pytest.mark.parametrize("text", [
    "The talks between Ecuador and Bolivia were postponed by Bolivia.",
    "The talks with Ecuador were postponed by the Bolivian government.",
])
def test_a_meeting_put_off_by_a_named_side_stays_its_refusal(text):
    rejects = [([p.country for p in e.participants], [r.country for r in e.recipients])
               for e in events(text) if e.type == "REJECT"]
    assert any("BOL" in acting and "ECU" in receiving for acting, receiving in rejects), events(text)
