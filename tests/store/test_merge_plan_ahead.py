"""merge14: a plan whose own stated day was still ahead when its report came out is the pair's next meeting, not the
meeting another report says they held by that day, though the two days are a time zone apart (store/merge_dates.py
plan_ahead_of_held; two days stated by the reports' own words); a Seoul paper's unmarked day of a meeting far from
Seoul is Seoul's, and still joins."""
from __future__ import annotations

from datetime import date

import pytest

from readout.settings import SETTINGS
from readout.store.merge import Member
from readout.store.merge_dates import DateKind, date_evidence
from tests.store.stored import stored_events

MAR10, MAR11 = date(2026, 3, 10), date(2026, 3, 11)
HELD = ("BERLIN, March 10 -- German Chancellor Friedrich Merz and French President Emmanuel Macron held talks at the "
        "chancellery in Berlin on Tuesday.", "held-en", MAR10)


@pytest.mark.parametrize("plan", [
    ("PARIS, March 10 -- Merz and Macron are set to co-host a conference of European defence ministers in Berlin on "
     "Wednesday.", "plan-en", MAR10),
    ("메르츠 총리와 마크롱 대통령은 11일(현지시간) 베를린에서 유럽 국방장관회의를 공동 주재할 예정이다.", "plan-ko", MAR10),
])
@pytest.mark.parametrize("order", [1, -1])
def test_a_plan_for_a_later_day_is_the_next_meeting(tmp_path, plan, order):
    found = stored_events(tmp_path, "CONSULT", (HELD, plan)[::order])
    assert sorted((e["status"], e["date"]) for e in found) == [("occurred", "2026-03-10"), ("planned", "2026-03-11")]


def test_a_seoul_papers_unmarked_day_abroad_is_still_a_plan(tmp_path):
    """plans55: Seoul's 11th begins on Berlin's 10th afternoon, so this may be the meeting held, but told ahead of it:
    one record carries one status (merge_dates.plan_beside_held; formerly the two joined)."""
    plan = ("메르츠 총리와 마크롱 대통령은 11일 베를린에서 유럽 국방장관회의를 공동 주재할 예정이다.", "plan-ko", MAR10)
    assert sorted(e["status"] for e in stored_events(tmp_path, "CONSULT", (HELD, plan))) == ["occurred", "planned"]


def member(day: date, status: str, published: date, basis: str = "text") -> Member:
    m = Member(f"k{day}{status}", f"doc-{status}", "CONSULT", day, "day", basis, None, {"per_a", "per_b"}, set(),
               published=published)
    m.status = status
    return m


@pytest.mark.parametrize("plan, held, kind", [
    (member(MAR11, "planned", MAR10), member(MAR10, "occurred", MAR10), DateKind.PLANNED_AHEAD),
    (member(MAR11, "planned", MAR11), member(MAR10, "occurred", MAR10), DateKind.TIME_ZONE),  # told on its own day
    # plans55: a plan still ahead of its report beside a deed held is its own record, whatever the days (formerly
    # TIME_ZONE, TIME_ZONE, SAME_DAY: merge_dates.plan_beside_held)
    (member(MAR11, "planned", MAR10, "narrative"), member(MAR10, "occurred", MAR10), DateKind.PLAN_BESIDE_HELD),
    (member(MAR11, "planned", MAR10), member(MAR10, "occurred", MAR10, "narrative"), DateKind.PLAN_BESIDE_HELD),
    (member(MAR11, "planned", MAR10), member(MAR11, "occurred", MAR11), DateKind.PLAN_BESIDE_HELD),
    (member(MAR10, "planned", MAR11), member(MAR10, "occurred", MAR10), DateKind.SAME_DAY),  # told after: misread
])
def test_plan_ahead_by_hand(plan, held, kind):
    assert date_evidence(plan, held, SETTINGS).kind is kind
    assert date_evidence(held, plan, SETTINGS).kind is kind
