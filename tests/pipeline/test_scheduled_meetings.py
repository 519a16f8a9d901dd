"""A meeting noun that is the subject of a verb of scheduling is a planned meeting of the parties it names (PLOVER
CONSULT, planned): 'Talks between A and B are planned for Friday', 'Talks are scheduled between A and B', and in
Korean 'A와 B 간 회담이 금요일로 예정돼 있다', '... 다음 주로 잡혔다'. The agentless passive of 'plan' over the
meeting noun states no side's intent (no AGREE); a planner named with 'by', or an active 'A plans talks with B',
still does. A meeting noun whose verb schedules nothing is no meeting. Our own sentences (meetfollow66)."""
from datetime import date

import pytest

from readout.api import extract_text


def found(text: str) -> list[tuple[str, str, set[str]]]:
    events = extract_text(text, published=date(2026, 9, 14)).events
    return [(e.type, e.status, {p.country for p in e.participants}) for e in events]


@pytest.mark.parametrize("text, sides", [
    ("Talks between Ghana and Togo are planned for Thursday in Accra.", {"GHA", "TGO"}),
    ("Talks are scheduled between Kenya and Uganda for next week.", {"KEN", "UGA"}),
    ("A meeting of the defence ministers of Norway and Finland is set for Monday.", {"NOR", "FIN"}),
    ("가나와 토고 간 회담이 목요일로 예정돼 있다.", {"GHA", "TGO"}),
    ("케냐와 우간다 간 회담이 다음 주로 잡혔다.", {"KEN", "UGA"}),
])
def test_scheduled_meeting_is_a_planned_consult(text, sides):
    got = found(text)
    assert ("CONSULT", "planned") in {(t, s) for t, s, c in got if sides <= c}, got
    assert not [e for e in got if e[0] == "AGREE"], got


@pytest.mark.parametrize("text", [
    "Talks between Ghana and Togo are difficult, officials in Accra said.",
    "Talks between Kenya and Uganda set the tone for the region.",
    "가나와 토고 간 회담은 어렵다.",
])
def test_meeting_noun_without_a_schedule_is_no_meeting(text):
    assert not [e for e in found(text) if e[0] == "CONSULT"], (text, found(text))


@pytest.mark.parametrize("text, planner", [
    ("Talks with Togo were planned by Ghana for the autumn.", "GHA"),
    ("Kenya plans talks with Uganda on the border.", "KEN"),
])
def test_named_planner_keeps_its_intent(text, planner):
    assert [e for e in found(text) if e[0] == "AGREE" and planner in e[2]], (text, found(text))
