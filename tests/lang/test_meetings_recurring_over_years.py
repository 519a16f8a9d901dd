"""Meetings told as recurring over years are a practice, no meeting (recurring35), with sentences of our own.

A meeting word whose own clause spans years of recurrence ('have all held similar summits with Pacific island leaders
in recent years', 'have regularly held summits', '최근 몇 년간 ... 정상회의를 열었다', '수년간 ... 회담해 왔다') tells no one
meeting of a day: no CONSULT (en.yaml meeting_recurring_re, read in the meeting word's clause after any aside;
ko.yaml habitual_before_re). A meeting dated as the first in years ('the first summit between the two in years', '최근
몇 년 새 처음으로') is one meeting, and a recurrence told in an aside about a participant ('X, who has met Y regularly,
held talks with Z on Monday') leaves the main meeting standing.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 2, 9)


def meetings(text: str):
    return [e for e in extract_text(text, published=DAY).events if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "India, Turkey and Brazil have all held similar summits with Pacific island leaders in recent years.",
    "India and Turkey have regularly held summits with Caribbean leaders.",
    "India and Turkey have held summits with Caribbean leaders over the past few years.",
    "인도와 터키도 최근 몇 년간 태평양 도서국 정상들과 비슷한 정상회의를 열었다.",
    "인도와 터키는 수년간 카리브해 국가 정상들과 정상회의를 열어 왔다.",
])
def test_meetings_recurring_over_years_are_no_meeting(text):
    assert not meetings(text)


@pytest.mark.parametrize("text", [
    "Modi met Erdogan in Ankara on Monday, the first summit between the two in years.",
    "모디 총리는 8일 앙카라에서 에르도안 대통령과 최근 몇 년 새 처음으로 정상회담을 했다.",
    "Indian Prime Minister Narendra Modi, who has met Erdogan regularly, held talks with Brazilian President Lula da "
    "Silva in Brasilia on Monday.",
])
def test_one_dated_meeting_stands(text):
    assert meetings(text)
