"""(kopar54, issue 15) People held by their state protest against it: '이란의 수감자들이 단식 투쟁을 벌였다' gives PROTEST
hunger by Iran's people at Iran's government, as English 'Prisoners in Iran went on a hunger strike' does (the
prisoner nouns joined cue people_noun, data/lexicon/ko_acts.yaml, as English domestic_actors has 'prisoners')."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def protests(text: str) -> list[tuple[str, str, str]]:
    return sorted((e.mode, "+".join(f"{p.country}-{p.sector}" for p in e.participants),
                   "+".join(f"{r.country}-{r.sector}" for r in e.recipients)) for e in events(text) if e.type == "PROTEST")


ROWS = [
    ("벨라루스의 정치범들이 단식 투쟁에 들어갔다.", [("hunger", "BLR-CVL", "BLR-GOV")]),
    ("이집트 수감자 30명이 단식 투쟁을 시작했다.", [("hunger", "EGY-CVL", "EGY-GOV")]),
    ("쿠바의 재소자들이 시위를 벌였다.", [("demo", "CUB-CVL", "CUB-GOV")]),
    ("Prisoners in Belarus went on a hunger strike.", [("hunger", "BLR-CVL", "BLR-GOV")]),
    # held people who are the object of an act do not protest
    ("벨라루스는 정치범들을 석방했다.", []),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_held_people_protest_against_their_state(text, expected):
    assert protests(text) == expected
