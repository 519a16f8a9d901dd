"""(lead59) A clash of lawmakers, parties or courts is words, not force: 'Lawmakers clashed over the budget' is no
ASSAULT (lang/en/act_riots.word_clashes); troops, police, rebels and crowds clashing keep their ASSAULT. Korean '여야가
…을 놓고 충돌했다' tells the same quarrel and gives no ASSAULT either (a guard: the Korean reader never coded it). Our own
sentences, invented people."""
from __future__ import annotations

import pytest

ROWS = [  # (text, whether an ASSAULT is read)
    ("Chilean lawmakers clashed over the pension bill in Valparaiso on Tuesday.", False),
    ("Two Peruvian parties clashed on Monday over the date of the next election.", False),
    ("Ecuador's president clashed with parliament over the budget on Friday.", False),
    ("Bolivian legislators collided over the mining law during a session in La Paz on Wednesday.", False),
    ("칠레 여야 의원들은 4일 발파라이소 의회에서 연금 개혁안을 놓고 정면으로 충돌했다.", False),
    # negatives: force keeps its ASSAULT
    ("Colombian troops clashed with rebels near the Venezuelan border on Monday.", True),
    ("Peruvian police clashed with protesters in Lima on Sunday.", True),
    ("콜롬비아군은 3일 베네수엘라 국경 인근에서 반군과 교전했다.", True),
]


@pytest.mark.parametrize("text, assault", ROWS)
def test_a_clash_of_debating_bodies_is_words(extract, text, assault):
    found = [e.type for e in extract(text).events]
    assert ("ASSAULT" in found) == assault, found
