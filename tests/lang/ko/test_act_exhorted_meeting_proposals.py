"""(proposals66) A meeting proposed in an exhortation ('X와 회담을 갖자고 제안했다', 'X에 만나자고 제의했다') asks the side
proposed to to meet: REQUEST meet from the proposer to that side (docs/coding-choices.md, CAMEO 026), with the meeting
only planned, never an AGREE of both nor a meeting held. Rows that must not fire: an exhortation of something else
keeps the offer, a meeting held before a proposal of something else, a meeting agreed."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, asker, asked", [
    ("에콰도르는 12일 가이아나와 회담을 갖자고 제안했다.", "ECU", "GUY"),
    ("에콰도르는 12일 가이아나에 정상회담을 열자고 제안했다.", "ECU", "GUY"),
    ("에콰도르는 12일 가이아나와 만나자고 제의했다.", "ECU", "GUY"),
    ("에콰도르 정부는 12일 가이아나와 국경 문제를 놓고 협상하자고 제안했다.", "ECU", "GUY"),
    ("에콰도르는 12일 가이아나에 협상 재개를 제의했다.", "ECU", "GUY"),
])
def test_a_meeting_exhorted_in_a_proposal_asks_the_side_proposed_to(text, asker, asked):
    assert ([asker], [asked]) in sides(text, "REQUEST"), events(text)
    assert not sides(text, "AGREE"), events(text)
    assert not [e for e in events(text) if e.type == "CONSULT" and e.status == "occurred"], events(text)


@pytest.mark.parametrize("text", [
    "에콰도르는 12일 가이아나에 교역을 늘리자고 제안했다.",
    "에콰도르는 12일 가이아나와 회담을 갖고 교역을 늘리자고 제안했다.",
    "에콰도르와 가이아나는 12일 회담을 열기로 합의했다.",
])
def test_no_meeting_exhorted_asks_no_meeting(text):
    assert not [e for e in events(text) if e.type == "REQUEST" and e.mode == "meet"], events(text)
