"""(groups53, issue 14) An armed group's name written with spaces ('자유 해방 전선', '호숫가 방위 여단'): a run of bare
Hangul words ending in a head word is read as the one-word name is (lang/ko/unlisted_groups.spaced_name), an armed
group (REB) of the one state its sentence names by its forces; a common word before a head ('동부 전선에서', a front
line) and a spaced '군' are none. Our own invented groups and sentences."""
from __future__ import annotations

import pytest

ROWS = [  # (sentence, acting (state, sector), receiving (state, sector))
    ("부르키나파소군은 3일 자유 해방 전선을 공격했다.", ("BFA", "MIL"), ("BFA", "REB")),
    ("자유 해방 전선은 3일 부르키나파소군을 공격했다.", ("BFA", "REB"), ("BFA", "MIL")),
    ("차드 정부군은 5일 호숫가 방위 여단과 교전했다.", ("TCD", "MIL"), ("TCD", "REB")),
]


def sides(extract, text: str) -> list[tuple[set, set]]:
    return [({(p.country, p.sector) for p in e.participants}, {(p.country, p.sector) for p in e.recipients})
            for e in extract(text).events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text, acting, receiving", ROWS)
def test_a_spaced_name_is_the_states_group(extract, text, acting, receiving):
    found = sides(extract, text)
    assert any(acting in a and receiving in r for a, r in found), found


@pytest.mark.parametrize("text", [
    "부르키나파소군은 3일 동부 전선에서 진지를 공격했다.",  # a front line: no group
    "자유 해방 전선은 3일 니제르군과 부르키나파소군을 공격했다.",  # two states' forces: whose group, not told
])
def test_no_spaced_group_without_a_name_or_one_state(extract, text):
    assert all(s != "REB" for a, r in sides(extract, text) for _c, s in a | r), sides(extract, text)
