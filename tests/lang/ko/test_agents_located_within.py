"""(actors66) An agent placed inside a state by '내' after its name ('말리 내 반군은', '가나 내 경찰이') is that
state's agent, with the agent's sector, as '말리 반군은' is (lang/ko/agent_chains.py within_agent); a word after '내'
that is no agent leaves the state as it was. The English class is tests/lang/en/test_agents_located_in_of.py. Our own
sentences."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events


def parties(text: str) -> set[tuple[str, str]]:
    return {(p.country, p.sector) for e in events(text) for p in (*e.participants, *e.recipients)}


@pytest.mark.parametrize("text, party", class_rows({
    "subject": [
        ("말리 내 반군은 페루 정부를 강하게 비난했다.", ("MLI", "REB")),
        ("가나 내 경찰이 칠레 정부를 비판했다.", ("GHA", "COP")),
    ],
    "qualified": [  # a qualifier before the agent noun ('이슬람 반군'), a people's word ('쿠르드 반군')
        ("가나 내 이슬람 반군은 칠레 정부를 비난했다.", ("GHA", "REB")),
        ("이라크 내 쿠르드 반군은 페루 정부를 비판했다.", ("IRQ", "REB")),
    ],
    "object": [
        ("페루 정부는 말리 내 반군을 비난했다.", ("MLI", "REB")),
        ("칠레 정부는 가나 내 교사들을 비난했다.", ("GHA", "EDU")),
    ],
}))
def test_agent_within_a_state_takes_its_sector(text: str, party: tuple[str, str]) -> None:
    assert party in parties(text)


@pytest.mark.parametrize("text, code, sector", class_rows({
    "another-state's": [
        ("칠레 정부는 말리 내 러시아군을 비난했다.", "MLI", "MIL"),  # the forces are Russia's
        ("칠레 정부는 말리 내 외국 군대를 비난했다.", "MLI", "MIL"),  # an outsider's word
    ],
    "no-agent": [
        ("페루 정부는 말리 내 상황을 우려했다.", "MLI", "CVL"),
    ],
}))
def test_no_sector_without_the_states_agent(text: str, code: str, sector: str) -> None:
    assert (code, sector) not in parties(text)
