"""enattack51 (issue 14): people with no state of their own are of the town they are in, not of a capital they name as
what they denounce: 'Protesters gathered outside the X embassy in <town>, denouncing <X's capital>' are the town's
state's people protesting against X (pipeline/act_actor_defaults.placed_in, the language's `locative` place mark); the
two states the towns named left the people to the embassy's state (English) or to none (Korean). Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, first_of

ROWS = [  # (sentence, event type, acting (state, sector), receiving (state, sector))
    ("Protesters gathered outside the Chinese embassy in Hanoi on Friday, denouncing Beijing.", "PROTEST",
     ("VNM", "CVL"), ("CHN", "GOV")),
    ("Students rallied outside the Russian embassy in Vilnius, condemning Moscow.", "PROTEST",
     ("LTU", "EDU"), ("RUS", "GOV")),
    ("시위대는 하노이의 중국 대사관 앞에서 베이징을 규탄하며 집회를 열었다.", "PROTEST", ("VNM", "CVL"), ("CHN", "GOV")),
    ("학생들은 빌뉴스의 러시아 대사관 앞에서 모스크바를 비난하며 시위를 벌였다.", "PROTEST", ("LTU", "EDU"), ("RUS", "GOV")),
    # kept: one town named, the people are its state's already
    ("Protesters gathered outside the French embassy in Niamey on Friday.", "PROTEST", ("NER", "CVL"), ("FRA", "GOV")),
]


@pytest.mark.parametrize("text, ptype, acting, receiving", ROWS)
def test_protesters_are_of_the_town_they_are_in(text, ptype, acting, receiving):
    first = first_of(events(text), type=ptype)
    assert {(p.country, p.sector) for p in first.participants} == {acting}
    assert {(r.country, r.sector) for r in first.recipients} == {receiving}
