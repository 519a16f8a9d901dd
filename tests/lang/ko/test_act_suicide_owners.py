"""(conflict54) An attack noun a suicide bomber owns, that caused a harm ('자살폭탄 테러범의 공격으로 ... 숨졌다'), is a
suicide attack by the armed group of the place (REB, the bomber's noun in the agents table, read as the whole run of
its nouns, not its last one, 테러범 UAF), as English 'an attack by a suicide bomber' and '자살폭탄 테러범이 ... 살해했다'
read. Another armed owner keeps its own sector and mode ('무장괴한들의 총격으로': UAF, firearms). Our own sentences."""
from __future__ import annotations

import pytest
from tests.event_sides import first_of

ROWS = [  # (sentence, acting state and sector, mode)
    ("자살폭탄 테러범의 공격으로 니아메에서 군인 6명이 숨졌다.", ("NER", "REB"), "suicide-attack"),
    ("An attack by a suicide bomber killed six soldiers in Niamey.", ("NER", "REB"), "suicide-attack"),
    ("무장괴한들의 총격으로 니아메에서 군인 6명이 숨졌다.", ("NER", "UAF"), "firearms"),
]


@pytest.mark.parametrize("text, actor, mode", ROWS)
def test_a_suicide_bombers_attack(extract, text, actor, mode):
    first = first_of(extract(text).events, type="ASSAULT")
    assert first.mode == mode and {(p.country, p.sector) for p in first.participants} == {actor}
