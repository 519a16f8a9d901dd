"""A possible future deed of another side, reported by a speaker (kofut45), with sentences of our own.

'A는 B가 C에 ...을 공급할 수 있다고 우려했다', 'A said B could supply ... to C', 'A is watching whether B would hand
over ...': B planned nothing, so no planned act of B. The speaker's own possible act ('정부는 ...을 지원할 수도 있다고
밝혔다', 'said it could send ...') stays a planned act of the speaker.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 8, 11)


def events(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text", [
    "캐나다 정부는 벨라루스가 러시아에 드론을 공급할 수 있다고 우려했다.",
    '캐나다 외무장관은 "벨라루스가 러시아에 기술을 넘겨줄 수도 있다"고 밝혔다.',
    "Canada said Belarus could supply drones to Russia.",
    "Canada is watching whether Belarus would hand over drone technology to Russia.",
])
def test_possible_deed_of_another_side_is_no_plan(text):
    assert not [e for e in events(text) if e.type in ("AID", "AGREE")
                and any(p.country == "BLR" for p in e.participants)], events(text)


@pytest.mark.parametrize("text", [
    "캐나다 정부는 우크라이나에 드론을 지원할 수도 있다고 밝혔다.",
    "Canada said it could supply drones to Ukraine.",
])
def test_speakers_own_possible_act_stays_planned(text):
    assert any(e.type == "AID" and e.status == "planned" and {p.country for p in e.participants} == {"CAN"}
               and {p.country for p in e.recipients} == {"UKR"} for e in events(text)), events(text)
