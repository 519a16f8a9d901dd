"""(backref56, issue 14) A bare name many states' bodies bear ('Congress', 'the Senate', '상원', '하원'), listed once
under the U.S., is the body of the state the story is placed in; the listed state stands where the sentence names it
or the story is placed nowhere (en lexicon `shared_body_names` through lang/en/shared_parties; ko
`Language.shared_body_mentions`; pipeline/story_states.shared_bodies_placed). Our own sentences."""
from __future__ import annotations

import pytest


def accusers(extract, text: str) -> set:
    return {(p.country, p.sector) for e in extract(text).events if e.type == "ACCUSE" for p in e.participants}


@pytest.mark.parametrize("text, side", [
    # placed in Peru: Peru's chamber
    ("Police clashed with protesters in Lima on Monday. The Senate condemned China on Tuesday.", ("PER", "LEG")),
    ("Police clashed with protesters in Lima on Monday. Congress condemned China on Tuesday.", ("PER", "LEG")),
    ("페루 리마에서 시위대가 경찰과 충돌했다. 상원은 화요일 중국을 규탄했다.", ("PER", "LEG")),
    ("페루 리마에서 시위대가 경찰과 충돌했다. 하원은 화요일 중국 정부를 비난했다.", ("PER", "LEG")),
    # the listed state named in the sentence, or a story placed nowhere: the U.S. chamber
    ("Police clashed with protesters in Lima on Monday. The U.S. Senate condemned China on Tuesday.", ("USA", "LEG")),
    ("The Senate condemned China on Tuesday.", ("USA", "LEG")),
    ("페루 리마에서 시위대가 경찰과 충돌했다. 미국 상원은 화요일 중국을 규탄했다.", ("USA", "LEG")),
    ("상원은 화요일 중국의 인권 탄압을 규탄했다.", ("USA", "LEG")),
])
def test_a_shared_body_name_is_the_placed_state_s(extract, text, side):
    found = accusers(extract, text)
    assert side in found, found
