"""A deed in a 'before' clause that has not happened yet ('demanded talks before X's troops are sent', '"B군이
투입되기 전에 ..."라며 요구했다') is no occurred act: it stays planned (or is no event at all). A past verb after
'before' ('before the troops arrived') is told as done and keeps its status. Every sentence here is our own.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import events_of

DAY = date(2025, 6, 10)


@pytest.mark.parametrize("sentence", [
    "Norway demanded negotiations before Belarus's soldiers are sent to the border.",
    "Finland urged restraint before Moscow deploys more troops.",
    '핀란드 정부는 "벨라루스군이 국경에 투입되기 전에 협상을 시작해야 한다"라며 대화를 요구했다.',
    "노르웨이 외무부는 러시아가 국경에 병력을 배치하기 직전에 대화를 촉구했다.",
])
def test_a_deed_still_to_come_is_not_occurred(sentence):
    assert not [e for e in events_of(extract_text(sentence, published=DAY), "MOBILIZE") if e.status == "occurred"]


@pytest.mark.parametrize("sentence", [
    "Chile withdrew its envoy before Peru's troops were sent to the border.",
])
def test_a_past_deed_after_before_stays_told_as_done(sentence):
    assert [e for e in events_of(extract_text(sentence, published=DAY), "MOBILIZE") if e.status == "occurred"]
