"""A state named as the go-between of a deed's end ('The fighting stopped under Kenyan mediation', '포격은 카타르의
중재로 멈췄다') did no deed of the fight: it is never the actor a noun act takes from its sentence's lone country
(actors56; pipeline/act_actors.acting_side through act_reciprocal.mediators_named). A state named as the deed's
agent ('the shelling by Kenyan forces') stays its doer. Sentences of our own, both languages."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text, mediator", [
    ("Ethiopia and Eritrea signed a peace declaration on Friday.\n\nThe fighting stopped on July 28 under Kenyan "
     "mediation.", "KEN"),
    ("(서울=연합뉴스) 수단과 차드가 5일 휴전 협정에 서명했다.\n\n포격은 4일 카타르의 중재로 멈췄다.", "QAT"),
])
def test_mediator_does_not_fight(text, mediator):
    found = sides(text, "ASSAULT", "2025-09-06")
    assert not any(mediator in a for a, _r in found), found


def test_agent_after_by_still_acts():
    found = sides("Somalia condemned the shelling by Kenyan forces on Friday.", "ASSAULT", "2025-09-06")
    assert [a for a, _r in found] == [["KEN"]]
