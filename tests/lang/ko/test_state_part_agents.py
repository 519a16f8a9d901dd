"""(koactors68) An agent inside a state is that state's, wherever its clause puts it and whatever date or topic opens
the sentence: '말리 내 반군은' (actors66) and a part of the state in the genitive, '말리 북부의 반군은' ('northern Mali's
rebels'): the state acts through the agent, with the agent's sector. Guarded state names that are also words (수단
'means', 부탄) keep the state's reading before a state's agent or particle ('수단 정부는', '수단은 …을 비난했다') and not as
the word ('외교적 수단을 동원해'). Negative rows: an outsider's agent placed there ('말리 북부의 외국 군대'), the word 수단.
Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"


def acting_sectors(sentence: str, kind: str) -> set[tuple[str, str]]:
    return {(p.country, p.sector) for e in events(sentence) if e.type == kind for p in e.participants
            if p.country not in {r.country for r in e.recipients} or p.sector == "REB"}


AGENTS_INSIDE = [  # (sentence, type, (state, sector) acting)
    ("지난 목요일 차드 북부의 반군은 정부군 초소를 공격했다.", "ASSAULT", ("TCD", "REB")),
    ("니제르 동부의 무장세력이 지난 목요일 군 기지를 공격했다.", "ASSAULT", ("NER", "REB")),
    ("지난 목요일 차드 내 반군은 정부군 초소를 공격했다.", "ASSAULT", ("TCD", "REB")),
]


@pytest.mark.parametrize("sentence, kind, side", AGENTS_INSIDE)
def test_agent_inside_a_state_is_its_own(sentence: str, kind: str, side: tuple[str, str]) -> None:
    assert side in acting_sectors(sentence, kind)


ROWS = {
    "an_outsider_placed_in_a_part_is_not_the_state": [
        ("차드 북부의 외국 군대는 지난 목요일 철수했다.", "RETREAT", set(), None, None, None),
    ],
    "a_guarded_name_before_a_state_agent_is_the_state": [
        ("지난 목요일 수단 정부는 차드를 비난했다.", "ACCUSE", {"SDN"}, {"TCD"}, OCC, None),
        ("지난 목요일 수단은 차드를 비난했다.", "ACCUSE", {"SDN"}, {"TCD"}, OCC, None),
        ("지난 목요일 부탄 정부는 네팔을 비난했다.", "ACCUSE", {"BTN"}, {"NPL"}, OCC, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ROWS))
def test_state_part_and_guarded_rows(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence), kind, actors, recipients, status, mode)


@pytest.mark.parametrize("sentence", [
    "차드는 외교적 수단을 동원해 니제르를 압박했다.",
    "차드는 모든 수단과 방법을 동원해 대응하겠다고 니제르에 경고했다.",
])
def test_the_word_sudan_means_names_no_state(sentence: str) -> None:
    assert "SDN" not in {p.country for e in events(sentence) for p in (*e.participants, *e.recipients)}
