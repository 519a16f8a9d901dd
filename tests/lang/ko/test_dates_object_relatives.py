"""A date opening a relative clause on a statement's object dates that clause, not the statement (koacts46).

'전날 성명을 통해 [지난 15일 B에서 열린 C와 D의] 회담을 비난했다': the 15th is the meeting's; the criticism takes its own
clause's day (전날, 19일). A lone day may be the main verb's and stays; a date naming where the statement was made
('지난 15일 열린 회담에서 ...를 비판했다') stays the statement's. English 'condemned the closure C announced on May 15'
reads the same (guard row). Sentences of our own.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 5, 20)  # a Wednesday


def dated(text: str) -> dict[str, set[date]]:
    out: dict[str, set[date]] = {}
    for e in extract_text(text, published=DAY).events:
        out.setdefault(e.type, set()).add(e.date)
    return out


@pytest.mark.parametrize("text", [
    "에콰도르 외교부는 전날 대변인 성명을 통해 지난 15일 보고타에서 열린 콜롬비아와 베네수엘라의 국방장관 회담을 비난했다.",
    "에콰도르 외교부는 19일 성명을 내고 지난 15일 보고타에서 열린 콜롬비아와 베네수엘라의 국방장관 회담을 규탄했다.",
    "에콰도르 외교부는 19일 논평을 내고 지난 15일 콜롬비아 정부가 발표한 새 국경 통제 조치를 비판했다.",
    "Ecuador's foreign ministry on Tuesday condemned the border controls Colombia announced on May 15.",
])
def test_statement_takes_its_own_day(text):
    found = dated(text)
    assert found.get("ACCUSE") == {date(2026, 5, 19)}, found
    assert found.get("CONSULT", {date(2026, 5, 15)}) == {date(2026, 5, 15)}, found


def test_meeting_where_it_was_said_dates_the_statement():
    found = dated("에콰도르 외교장관은 지난 15일 열린 회담에서 콜롬비아를 비판했다.")
    assert found.get("ACCUSE") == {date(2026, 5, 15)}, found


def test_lone_day_before_a_relative_clause_stays_the_verbs():
    """With no day of its own before it, the day may be the main verb's adverbial: it stays the release's."""
    found = dated("콜롬비아 당국이 14일 억류했던 에콰도르 어민들을 풀어줬다.")
    assert {d for days in found.values() for d in days} == {date(2026, 5, 14)}, found
