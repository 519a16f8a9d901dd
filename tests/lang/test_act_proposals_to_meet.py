"""(proposals65) One coding for a proposal to meet (docs/coding-choices.md): proposing, calling for or offering a
meeting with a named side asks that side to meet, REQUEST meet from the proposer to the side proposed to (CAMEO 026),
never an AGREE of both (the side proposed to has agreed to nothing). Our own sentences, both languages, with rows
that must not fire: talks proposed with no side named, a proposal for talks rejected (REJECT), talks held."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, asker, asked", [
    ("Ecuador proposed a summit with Guyana on Tuesday.", "ECU", "GUY"),
    ("Ecuador proposed holding talks with Guyana on the river border.", "ECU", "GUY"),
    ("Ecuador called for talks with Guyana on Tuesday.", "ECU", "GUY"),
    ("Ecuador called for a summit with Guyana to settle the dispute.", "ECU", "GUY"),
    ("Ecuador offered to hold talks with Guyana on the river border.", "ECU", "GUY"),
    ("Ecuador offered negotiations with Guyana on Tuesday.", "ECU", "GUY"),
    ("에콰도르는 12일 가이아나에 정상회담을 제안했다.", "ECU", "GUY"),
    ("에콰도르는 12일 가이아나와 대화를 제의했다.", "ECU", "GUY"),
    ("에콰도르는 12일 가이아나와 회담을 제안했다.", "ECU", "GUY"),
    ("에콰도르 정부는 12일 가이아나와의 정상회담 개최를 제안했다.", "ECU", "GUY"),
    ("에콰도르는 12일 가이아나와의 협상을 제안했다.", "ECU", "GUY"),
])
def test_a_proposal_to_meet_asks_the_side_proposed_to(text, asker, asked):
    assert ([asker], [asked]) in sides(text, "REQUEST"), events(text)
    assert not sides(text, "AGREE"), events(text)


@pytest.mark.parametrize("text", [
    "Talks were proposed by the mediator on Tuesday.",
    "Ecuador called for talks on the river border.",
    "Ecuador called for restraint at talks hosted by Guyana.",
    "Ecuador and Guyana held talks on Tuesday.",
    "에콰도르와 가이아나는 12일 회담을 열었다.",
    "에콰도르는 12일 가이아나와 회담을 가졌다.",
    "에콰도르는 12일 회담 개최를 제안했다.",
])
def test_no_side_asked_or_a_meeting_held_asks_no_one(text):
    assert not sides(text, "REQUEST"), events(text)
    assert not sides(text, "AGREE"), events(text)


@pytest.mark.parametrize("text, refuser, refused", [
    ("Ecuador rejected the proposal for talks with Guyana.", "ECU", "GUY"),
    ("에콰도르는 12일 가이아나와의 회담 제안을 거부했다.", "ECU", "GUY"),
])
def test_a_proposal_to_meet_rejected_is_reject(text, refuser, refused):
    assert ([refuser], [refused]) in sides(text, "REJECT"), events(text)
    assert not sides(text, "REQUEST"), events(text)


@pytest.mark.parametrize("text", [
    "Ecuador offered to host talks between Peru and Guyana.",
    "Ecuador offered to mediate between Peru and Guyana on Tuesday.",
])
def test_talks_offered_to_others_stay_an_offer_to_mediate(text):
    assert not sides(text, "REQUEST"), events(text)
    assert (["ECU"], ["PER", "GUY"]) in sides(text, "AGREE"), events(text)
