"""Korean: an agent located in a state by the adnominal of being located ('말리에 있는 반군은'; lang/ko/agent_chains.
located_agent). Each row is a sentence we wrote for the test, read through the whole pipeline.

'X에 있는 반군' (the rebels who are in X) names X's own armed group, as 'X 내 반군' and English 'rebels in X' do.
An outsider's agent there ('외국 군대') or another state's body named after it ('미국 대사관') is only placed in X."""
from __future__ import annotations

import pytest

from tests.event_sides import events, first_of


def parties(text: str, kind: str) -> tuple[list, list]:
    e = first_of(events(text), type=kind)
    return ([(p.country, p.sector) for p in e.participants if p not in e.recipients],
            [(r.country, r.sector) for r in e.recipients])


# sentence, type, a side that acts (or None), a side that receives (or None)
LOCATED = [
    ("말리에 있는 반군은 6일 정부군 초소를 공격했다.", "ASSAULT", ("MLI", "REB"), None),
    ("니제르에 있던 무장세력은 6일 베냉을 비난했다.", "ACCUSE", ("NER", "REB"), ("BEN", "GOV")),
    ("베냉은 6일 니제르에 있는 반군을 비난했다.", "ACCUSE", ("BEN", "GOV"), ("NER", "REB")),
]


@pytest.mark.parametrize("text,kind,actor,target", LOCATED)
def test_agent_located_in_a_state_is_its_own(text, kind, actor, target):
    acting, receiving = parties(text, kind)
    assert actor in acting, (acting, receiving)
    if target:
        assert target in receiving, (acting, receiving)


def test_another_states_body_there_stays_that_states():
    acting, _ = parties("케냐에 있는 칠레 대사관은 6일 케냐 정부를 비난했다.", "ACCUSE")
    assert ("CHL", "GOV") in acting and not any(c == "KEN" for c, _s in acting)


def test_outsider_agent_there_is_not_the_states():
    for e in events("말리에 있는 외국 군대는 6일 반군 거점을 공격했다."):
        assert ("MLI", "MIL") not in [(p.country, p.sector) for p in e.participants if p not in e.recipients]


def test_english_rebels_in_a_state():
    acting, _ = parties("Rebels in Mali attacked an army outpost on Friday.", "ASSAULT")
    assert ("MLI", "REB") in acting
