"""A show of force that answers the offender's ('deployed frigates in response', '이에 대응해 ... 배치했다') is no offense
a later judgement of the offender's kind of act names: 'criticised the drills' judges the drills' maker, not the side
that answered them (pipeline/acts.py keeps it out of `Narrative.offenses` as out of `Narrative.offense`)."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text", [
    "Chile began large naval drills near Peru on Monday. Peru's navy said it had tracked Chilean warships and "
    "deployed frigates in response. Ecuador criticised the drills.",
    "칠레는 월요일 페루 인근에서 대규모 해상 훈련을 시작했다. 페루 해군은 이에 대응해 호위함을 배치했다. 에콰도르는 이번 훈련을 비판했다.",
])
def test_a_judged_show_of_force_is_the_offenders_not_the_answer(text):
    assert sides(text, "ACCUSE") == [(["ECU"], ["CHL"])]
