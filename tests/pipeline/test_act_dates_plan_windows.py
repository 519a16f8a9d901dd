"""dates41: the time a decision's complement sets for its planned deed ('13일 이달 하순 회담을 열기로 합의했다', 'agreed
on Friday to hold talks later this month') is the plan's window, never the decision's day: the agreement is dated by
its own clause, and one agreement stays one (pipeline/act_dates.planned_time); a planned meeting gives its time to no
statement made now (act_dates.date_act)."""
from __future__ import annotations

import pytest

from readout.api import extract_text

PUB = "2026-11-14"  # a Saturday; the story's Friday is the 13th


def dated(text: str, kind: str) -> list[tuple[str, str, str, str]]:
    return [(",".join(sorted(p.country for p in e.participants)), e.status, str(e.date), e.date_precision)
            for e in extract_text(text, published=PUB).events if e.type == kind]


@pytest.mark.parametrize("text", [
    "칠레와 페루 외교장관은 13일 이달 하순 국경 회담을 열기로 합의했다.",
    "Chile and Peru agreed on Friday to hold border talks later this month.",
])
def test_a_plans_window_dates_the_plan_not_the_agreement(text):
    assert dated(text, "AGREE") == [("CHL,PER", "occurred", "2026-11-13", "day")]
    assert dated(text, "CONSULT") == [("CHL,PER", "planned", "2026-11-01", "month")]
