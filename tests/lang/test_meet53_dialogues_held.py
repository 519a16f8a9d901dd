"""meet53 (issue 13): a dialogue held with someone is a meeting with them, as a talk held is ('held a dialogue with',
'had a dialogue with', '대화를 가졌다', beside '대화를 나눴다'); dialogue asked for or sought ('called for a dialogue
with', '대화를 촉구했다') stays a REQUEST, and a bare 'dialogue' of policy no meeting. Every sentence is our own (real
states, invented occasions)."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, status", [
    ("The Indian foreign minister held a dialogue with his Nepali counterpart on Monday.", "occurred"),
    ("The Indian foreign minister had a dialogue with Nepal's foreign minister in Kathmandu on Monday.", "occurred"),
    ("인도 외교장관은 9일 네팔 외교장관과 대화를 가졌다.", "occurred"),
    ("인도 외교장관은 다음 주 네팔 외교장관과 대화를 가질 예정이다.", "planned"),
])
def test_a_dialogue_held_is_a_meeting(text, status):
    found = [e for e in events(text) if e.type == "CONSULT"]
    assert len(found) == 1 and {p.country for p in found[0].participants} == {"IND", "NPL"}, found
    assert found[0].status == status, found[0].status


@pytest.mark.parametrize("text", [
    "The Indian foreign minister called for a dialogue with Nepal on Monday.",
    "인도 외교장관은 9일 네팔과의 대화를 촉구했다.",
])
def test_a_dialogue_asked_for_is_no_meeting(text):
    assert sides(text, "CONSULT") == [], sides(text, "CONSULT")
    assert sides(text, "REQUEST") == [(["IND"], ["NPL"])], sides(text, "REQUEST")


@pytest.mark.parametrize("text", [
    "India has long sought dialogue with Nepal on the border.",
    "인도는 네팔과의 대화 재개를 희망한다고 밝혔다.",
])
def test_dialogue_as_a_policy_is_no_meeting(text):
    assert sides(text, "CONSULT") == [], sides(text, "CONSULT")
