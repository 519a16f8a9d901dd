"""A sitting head of state or government new to the knowledge base, titled with no state, in a story placed by a
city only ('LA PAZ (Reuters) - President X', '(서울=연합뉴스) 키토에서 X 대통령은'), is the placed state's (actors62:
pipeline/placed_heads.sitting_head_placed, the place reading actors61 gave former holders). Negatives: a visitor
('Visiting President X', 'who arrived', '...을 방문한 X 대통령'), a state named before him in his sentence, a title
that is no head's, a home desk's dateline, no place at all. Our own sentences and invented people."""
from __future__ import annotations

import pytest

from tests.event_sides import events

PLACED = [  # (text, the accuser's state)
    ("LA PAZ, March 11 (Reuters) - President Ramiro Velastegui on Wednesday accused Chile of spying.", "BOL"),
    ("Protests erupted in Quito on Sunday. President Ramiro Velastegui on Monday accused Colombia of meddling.", "ECU"),
    ("In Montevideo, Prime Minister Ramiro Velastegui accused Argentina of meddling on Tuesday.", "URY"),
    ("(서울=연합뉴스) 키토에서 라미로 벨라스테기 대통령은 11일 기자회견을 열고 콜롬비아가 내정에 간섭한다고 비난했다.", "ECU"),
]

UNPLACED = [  # no state but the one the text names for him, if any
    "LA PAZ, March 11 (Reuters) - Visiting President Ramiro Velastegui on Wednesday accused Chile of spying.",
    "LA PAZ, March 11 (Reuters) - President Ramiro Velastegui, who arrived on Tuesday, accused Chile of spying.",
    "(서울=연합뉴스) 키토를 방문한 라미로 벨라스테기 대통령은 11일 콜롬비아가 내정에 간섭한다고 비난했다.",
    "LA PAZ, March 11 (Reuters) - After talks with Peru, President Ramiro Velastegui accused Chile of spying.",
    "LA PAZ, March 11 (Reuters) - Senator Ramiro Velastegui on Wednesday accused Chile of spying.",
    "(서울=연합뉴스) 라미로 벨라스테기 대통령은 11일 콜롬비아가 내정에 간섭한다고 비난했다.",
    "President Ramiro Velastegui on Wednesday accused Chile of spying.",
]


def accusers(text: str) -> list[str | None]:
    found = [e for e in events(text) if e.type == "ACCUSE"]
    return [p.country for e in found for p in e.participants if p not in e.recipients]


@pytest.mark.parametrize("text, state", PLACED)
def test_a_sitting_head_is_the_placed_states(text, state):
    assert state in accusers(text), accusers(text)


@pytest.mark.parametrize("text", UNPLACED)
def test_a_visitor_or_unplaced_holder_gets_no_placed_state(text):
    assert not {"BOL", "ECU"} & set(accusers(text)), accusers(text)
