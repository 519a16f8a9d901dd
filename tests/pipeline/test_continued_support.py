"""Support a side says it goes on giving is SUPPORT that took place (dates40), end to end on our own sentences:
- 'would continue to support X', '"continue to back" X', 'will keep supporting X': a stance held and kept, told on
  the story's day, not a pledge of future support (lang/en/act_continued.py); Korean '계속 지지할 것이라고 밝혔다'
  reads so already (lang/ko/act_pledges.endorsement_pledged), kept here as a guard;
- negative: 'will support X' with no verb of continuing stays the pledge it is, and aid said to continue stays as
  read.
"""
from __future__ import annotations

import pytest

from readout.api import extract_text

PUB = "2026-05-13"


def acts(text: str) -> set[tuple[str, str, str, str]]:
    return {(e.type, e.status, ",".join(p.country for p in e.participants), ",".join(r.country for r in e.recipients))
            for e in extract_text(text, published=PUB).events}


@pytest.mark.parametrize("text", [
    "Brazil's foreign ministry said on Tuesday that Brasilia would continue to support Paraguay.",
    "Brazil's foreign minister said Brasilia would \"continue to support\" Paraguay in the dispute.",
    "Brazil's president said on Tuesday that Brasilia will keep supporting Paraguay.",
    "브라질 외교부는 12일 파라과이를 계속 지지할 것이라고 밝혔다.",
])
def test_support_said_to_continue_took_place(text):
    assert ("SUPPORT", "occurred", "BRA", "PRY") in acts(text)


@pytest.mark.parametrize("text", [
    "Brazil's foreign ministry said on Tuesday that Brasilia would support Paraguay.",
])
def test_a_pledge_of_support_stays_a_pledge(text):
    assert not any(t == "SUPPORT" and s == "occurred" for t, s, _, _ in acts(text))
