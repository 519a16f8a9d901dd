"""(actors57, issue 14; backref56's limit) A bare shared body name ('Congress', 'the Senate', '상원') in a story placed
only by a state's own body of that kind ('Bolivia's Congress', '볼리비아 의회') is that state's body
(pipeline/story_states.body_named_state); where bodies of two states were named, or the listed state is, the listed
reading (the U.S. chamber) stands, as before. Our own sentences."""
from __future__ import annotations

import pytest


def accusers(extract, text: str) -> set:
    return {(p.country, p.sector) for e in extract(text).events if e.type == "ACCUSE" for p in e.participants}


@pytest.mark.parametrize("text, side", [
    ("Bolivia's Congress approved a new budget on Monday. Congress also condemned Paraguay on Tuesday.",
     ("BOL", "LEG")),
    ("The Uruguayan Senate debated the reform on Monday. The Senate condemned Brazil on Tuesday.", ("URY", "LEG")),
    ("볼리비아 의회는 월요일 새 예산안을 통과시켰다. 상원은 화요일 파라과이를 비난했다.", ("BOL", "LEG")),
    ("우루과이 의회는 월요일 개혁안을 논의했다. 하원은 화요일 브라질 정부를 비난했다.", ("URY", "LEG")),
    # guards: two states' bodies named, or the listed state's own: the U.S. chamber, as before
    ("Bolivia's Congress approved a budget on Monday. Chile's parliament rejected one. Congress condemned Paraguay "
     "on Tuesday.", ("USA", "LEG")),
    ("The U.S. Senate debated the bill on Monday. The Senate condemned Brazil on Tuesday.", ("USA", "LEG")),
    ("미국 의회는 월요일 예산안을 논의했다. 상원은 화요일 브라질을 비난했다.", ("USA", "LEG")),
])
def test_a_bare_body_name_is_the_named_body_s_state(extract, text, side):
    found = accusers(extract, text)
    assert side in found, found
