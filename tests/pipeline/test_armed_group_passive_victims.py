"""(koacts50b, issue 14) Harm done by an armed group with no state of its own, told in the passive with no place
('차드 주민 7명이 반군에 의해 살해됐다', 'Seven Chadian villagers were killed by rebels'): the group is of its victims'
state, as the active 'rebels killed seven Chadian villagers' reads (pipeline/act_actor_defaults.own_armed_group).
Negative rows: victims of no state, and a group whose victims are of two states, name no acting side.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events, first_of

ROWS = [  # (sentence, acting (country, sector), receiving (country, sector))
    ("차드 주민 7명이 6일 반군에 의해 살해됐다.", ("TCD", "REB"), ("TCD", "CVL")),
    ("Seven Chadian villagers were killed by rebels on Tuesday.", ("TCD", "REB"), ("TCD", "CVL")),
    ("니제르 주민 4명이 9일 반군에 의해 숨졌다.", ("NER", "REB"), ("NER", "CVL")),
    ("Four Nigerien residents were killed by rebels on Friday.", ("NER", "REB"), ("NER", "CVL")),
]


@pytest.mark.parametrize("sentence, acting, receiving", ROWS)
def test_armed_group_is_of_its_victims_state(sentence, acting, receiving):
    first = first_of(events(sentence), type="ASSAULT")
    assert {(p.country, p.sector) for p in first.participants} == {acting}
    assert {(r.country, r.sector) for r in first.recipients} == {receiving}


@pytest.mark.parametrize("sentence", ["마을 주민 7명이 6일 반군에 의해 살해됐다.",
                                      "Seven villagers were killed by rebels on Tuesday."])
def test_victims_of_no_state_name_no_side(sentence):
    assert not [e for e in events(sentence) if e.type == "ASSAULT"]


def test_a_place_still_names_the_state():
    found = [e for e in events("차드 주민 7명이 6일 말리 북부에서 반군에 의해 살해됐다.") if e.type == "ASSAULT"]
    assert found and {p.country for p in found[0].participants} == {"MLI"}


@pytest.mark.parametrize("sentence, acting", [
    ("(바마코=연합뉴스) 차드 주민 7명이 6일 반군에 의해 살해됐다.", set()),
    ("BAMAKO, March 3 (Reuters) - Seven Chadian villagers were killed by rebels on Tuesday.", {"MLI"})])
def test_a_dateline_story_keeps_its_reading(sentence, acting):
    """Under a dateline the victims' state is no default: English reads the dateline's group (as the active does),
    Korean no side yet (issue 13: the dateline's state is the fix, pipeline/story_states)."""
    found = [e for e in events(sentence) if e.type == "ASSAULT"]
    assert {p.country for e in found for p in e.participants} == acting
