"""consult8: a meeting still planned when its report came out is not one held before that report (store/merge_dates.py
planned_after_held), however its coarse date ('later this month', '이달 하순') would agree; a plan reported before the
meeting still joins the report that it was held."""
from __future__ import annotations

from datetime import date

import pytest

from tests.store.stored import stored_events


HELD_EN = ("Peruvian Foreign Minister Lucia Moreno met Chilean Foreign Minister Tomas Arce in Lima on Thursday.",
           "held-en", date(2024, 5, 9))
HELD_KO = ("루시아 모레노 페루 외교장관은 9일 리마에서 토마스 아르세 칠레 외교장관과 회담했다.", "held-ko", date(2024, 5, 9))


@pytest.mark.parametrize("held, plan", [
    (HELD_EN, ("Peruvian Foreign Minister Lucia Moreno and Chilean Foreign Minister Tomas Arce will meet again in "
               "Santiago later this month.", "plan-en", date(2024, 5, 10))),
    (HELD_KO, ("루시아 모레노 페루 외교장관과 토마스 아르세 칠레 외교장관은 이달 하순 산티아고에서 다시 만나 회담할 예정이다.",
               "plan-ko", date(2024, 5, 10))),
])
def test_a_plan_reported_after_the_meeting_is_another_meeting(tmp_path, held, plan):
    found = stored_events(tmp_path, "CONSULT", (held, plan))
    assert sorted(e["status"] for e in found) == ["occurred", "planned"]


@pytest.mark.parametrize("plan, held", [
    (("Peruvian Foreign Minister Lucia Moreno will meet Chilean Foreign Minister Tomas Arce in Lima on Thursday.",
      "plan-en", date(2024, 5, 6)), HELD_EN),
    (("루시아 모레노 페루 외교장관은 9일 리마에서 토마스 아르세 칠레 외교장관과 회담할 예정이다.", "plan-ko", date(2024, 5, 6)),
     HELD_KO),
])
def test_a_plan_reported_before_the_meeting_is_a_record_of_its_own(tmp_path, plan, held):
    """plans55: one record carries one status (store/merge_dates.plan_beside_held); formerly the plan joined."""
    found = stored_events(tmp_path, "CONSULT", (plan, held))
    assert sorted((e["status"], tuple(s["doc"] for s in e["sources"])) for e in found) == [
        ("occurred", (held[1],)), ("planned", (plan[1],))]
