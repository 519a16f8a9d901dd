"""merge7: a part of a month ('late June', '6월 하순', 'early next month', '다음 달 초순') gives a planned event a window of
days (readout/dating.part_window: 1-10, 11-20, 21-end) in both languages, exported as `date_window`; a plan with a
window joins the meeting held within it and not one held outside it (store/merge_dates.window_evidence), and the
merge reason says which."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.dating import part_window
from readout.lang.en.dates import find_dates as en_dates
from readout.lang.ko.dates import find_dates as ko_dates
from readout.store.db import Store
from readout.store.lean import reason_of
from tests.store.stored import stored_events

REF = date(2025, 6, 3)


@pytest.mark.parametrize("finder, text, month, part", [
    (en_dates, "The two envoys will meet in late June.", date(2025, 6, 1), "late"),
    (en_dates, "They plan to meet mid-July in Quito.", date(2025, 7, 1), "mid"),
    (en_dates, "Talks are set for early next month.", date(2025, 7, 1), "early"),
    (en_dates, "They met earlier this month.", date(2025, 6, 1), None),
    (en_dates, "They will meet later this month.", date(2025, 6, 1), None),
    (ko_dates, "두 특사는 이달 하순 만날 예정이다.", date(2025, 6, 1), "late"),
    (ko_dates, "7월 중순 키토에서 회담을 열기로 했다.", date(2025, 7, 1), "mid"),
    (ko_dates, "다음 달 초순에 방문한다.", date(2025, 7, 1), "early"),
    (ko_dates, "다음 달 방문한다.", date(2025, 7, 1), None),
])
def test_a_part_of_a_month_is_kept_with_the_month(finder, text, month, part):
    (d,) = [d for d in finder(text, 0, REF, 30) if d.precision == "month"]
    assert (d.value, d.span.data.get("part")) == (month, part)


def test_parts_cover_the_month_to_its_last_day():
    assert part_window(date(2025, 2, 1), "late") == (date(2025, 2, 21), date(2025, 2, 28))
    assert part_window(date(2025, 6, 1), "mid") == (date(2025, 6, 11), date(2025, 6, 20))
    assert part_window(date(2025, 6, 1), None) is None


PLAN_EN = ("Ecuadorian Foreign Minister Rosa Valdivieso will meet Uruguayan Foreign Minister Marcos Beltrame in "
           "Quito in late June.", "plan-en", REF)
PLAN_KO = ("로사 발디비에소 에콰도르 외교장관은 이달 하순 키토에서 마르코스 벨트라메 우루과이 외교장관과 회담할 예정이다.",
           "plan-ko", REF)


@pytest.mark.parametrize("plan", [PLAN_EN, PLAN_KO])
def test_a_planned_window_is_exported(tmp_path, plan):
    (meeting,) = stored_events(tmp_path, "CONSULT", (plan,))
    assert (meeting["status"], meeting["date"], meeting["date_window"]) == ("planned", "2025-06",
                                                                            ["2025-06-21", "2025-06-30"])


HELD_IN_EN = ("Ecuadorian Foreign Minister Rosa Valdivieso met Uruguayan Foreign Minister Marcos Beltrame in Quito "
              "on June 24.", "held-en", date(2025, 6, 25))
HELD_IN_KO = ("로사 발디비에소 에콰도르 외교장관은 24일 키토에서 마르코스 벨트라메 우루과이 외교장관과 회담했다.",
              "held-ko", date(2025, 6, 25))
HELD_OUT_EN = ("Ecuadorian Foreign Minister Rosa Valdivieso met Uruguayan Foreign Minister Marcos Beltrame in Quito "
               "on June 12.", "held-en", date(2025, 6, 13))
HELD_OUT_KO = ("로사 발디비에소 에콰도르 외교장관은 12일 키토에서 마르코스 벨트라메 우루과이 외교장관과 회담했다.",
               "held-ko", date(2025, 6, 13))


@pytest.mark.parametrize("plan, held", [(PLAN_EN, HELD_IN_EN), (PLAN_KO, HELD_IN_KO), (PLAN_EN, HELD_IN_KO)])
def test_a_plan_keeps_its_window_beside_the_meeting_held_in_it(tmp_path, plan, held):
    """plans55: one record carries one status (store/merge_dates.plan_beside_held); formerly the plan joined the
    meeting and the record took the held day."""
    found = sorted(stored_events(tmp_path, "CONSULT", (plan, held)), key=lambda e: e["status"])
    assert [(e["status"], e["date"], e.get("date_window")) for e in found] == [
        ("occurred", "2025-06-24", None), ("planned", "2025-06", ["2025-06-21", "2025-06-30"])]


@pytest.mark.parametrize("plan, held", [(PLAN_EN, HELD_OUT_EN), (PLAN_KO, HELD_OUT_KO)])
def test_a_plan_does_not_join_a_meeting_held_outside_its_window(tmp_path, plan, held):
    found = stored_events(tmp_path, "CONSULT", (plan, held))
    assert sorted(e["status"] for e in found) == ["occurred", "planned"]


def test_the_merge_reason_names_the_window(tmp_path):
    with Store(str(tmp_path / "w.db")) as store:
        for text, doc, published in (PLAN_EN, HELD_OUT_KO):
            store.save(extract_text(text, doc, published))
        reasons = [reason_of(r) for (r,) in store.conn.execute("SELECT merge_reason FROM doc_events")]
    assert any("outside a part of the month" in d for r in reasons for c in r.get("refused", [])
               for d in c["disagreed"]), reasons
