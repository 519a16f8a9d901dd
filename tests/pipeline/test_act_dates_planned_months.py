"""dates46: a month named as the time of a decision's or pledge's planned deed ('agreed on Friday to hold talks in late
March', '13일 3월 하순 회담을 열기로 합의했다') is the plan's window, never the decision's day, and lies ahead of the
report: next March in a November report, not the March behind it (lexicon en date_plan_complement_before_re,
date_plan_period_re; lang/en/dates.plan_complement; lang/ko/dates.resolve_absolute, whose plan check now reads the words
after the date). A month with no plan stays the one behind the report."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.pipeline.test_act_dates_agreement_vs_event import PUB, dated  # the same Saturday's news


@pytest.mark.parametrize("text", [
    "Chile and Peru agreed on Friday to hold border talks in late March.",
    "Chile and Peru pledged on Friday to hold border talks in March.",
    "칠레와 페루 외교장관은 13일 3월 하순 국경 회담을 열기로 합의했다.",
])
def test_a_planned_month_lies_ahead_and_dates_the_plan(text):
    assert dated(text, "AGREE") == [("occurred", "2026-11-13", "day")]
    assert dated(text, "CONSULT") == [("planned", "2027-03-01", "month")]


@pytest.mark.parametrize("text", [
    "Chile and Peru held border talks in March.",
    "칠레와 페루 외교장관은 3월 국경 회담을 열었다.",
])
def test_a_month_with_no_plan_stays_behind(text):
    assert dated(text, "CONSULT") == [("occurred", "2026-03-01", "month")]


def test_a_window_keeps_its_part():
    found = [e for e in extract_text("Chile and Peru agreed on Friday to hold border talks in late March.",
                                     published=PUB).events if e.type == "CONSULT"]
    assert [e.date_window for e in found] == [(date(2027, 3, 21), date(2027, 3, 31))]
