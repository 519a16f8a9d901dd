"""(enrequest68) Talks a third state appeals, presses or pushes for between two others ask both to meet: 'Ghana
appealed for talks between Togo and Benin', 'pressed for negotiations between Togo and Benin', 'pushed for dialogue
with Togo' are REQUEST meet from the caller to the sides named, as 'called for talks between' is (CAMEO 026); the
talks asked for are not held (no CONSULT that occurred). Korean 'A는 B와 C 간 대화를 촉구했다' reads the same. Rows
that must not fire: talks asked among no foreign states, a ceasefire asked (a REQUEST, not of a meeting)."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def of_kind(text: str, kind: str, mode: str | None = None, status: str | None = None):
    return [(sorted(p.country for p in e.participants), sorted(r.country for r in e.recipients))
            for e in events(text) if e.type == kind and (mode is None or e.mode == mode)
            and (status is None or e.status == status)]


@pytest.mark.parametrize("text, caller, asked", [
    ("Ghana appealed for talks between Togo and Benin over the river dispute.", "GHA", ["BEN", "TGO"]),
    ("Ghana pressed for negotiations between Togo and Benin on Friday.", "GHA", ["BEN", "TGO"]),
    ("Ghana pushed for dialogue between Togo and Benin.", "GHA", ["BEN", "TGO"]),
    ("Ghana pushed for talks with Togo on the fishing quotas.", "GHA", ["TGO"]),
    ("가나 정부는 토고와 베냉 간 대화를 촉구했다.", "GHA", ["BEN", "TGO"]),
    ("가나 정부는 토고와 베냉 사이의 협상을 요구했다.", "GHA", ["BEN", "TGO"]),
])
def test_talks_appealed_for_ask_the_sides_named_to_meet(text, caller, asked):
    assert ([caller], asked) in of_kind(text, "REQUEST", "meet"), events(text)
    assert not of_kind(text, "CONSULT", status="occurred"), events(text)


@pytest.mark.parametrize("text", [
    "Ghana appealed for talks between its own rival parties.",
    "Ghana pressed for a ceasefire between Togo and Benin.",
])
def test_no_talks_between_states_asked_is_no_meeting_request(text):
    assert not of_kind(text, "REQUEST", "meet"), events(text)
