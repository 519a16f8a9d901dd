"""places55b (issue 14): the people another state's force arrests in a town, whose words name no state, are of the
town's state, as the people an attack harms there are (pipeline/act_placed_victims.PLACED_MODES). Our own sentences;
the English arrest marks no arrested people yet (found, not fixed: see the helper's report)."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text, acting, receiving", [
    ("이스라엘군은 금요일 헤브론에서 주민 9명을 체포했다.", "ISR", ["PSE"]),  # a town of another state
    ("이스라엘 경찰은 금요일 하이파에서 주민 9명을 체포했다.", "ISR", ["ISR"]),  # a town of its own: domestic
    ("러시아군은 금요일 헤르손 주민 9명을 구금했다.", "RUS", ["UKR"]),
    ("Israeli troops killed nine residents of Hebron on Friday.", "ISR", ["PSE"]),  # the attack, as before
])
def test_the_arrested_are_of_the_towns_state(text, acting, receiving):
    found = sides(text, "COERCE") or sides(text, "ASSAULT")
    assert found and acting in found[0][0] and found[0][1] == receiving, found
