"""places53 (issue 13): a state's region written after the state with its type word ('러시아 벨고로드주에서') is a
place of region precision named by sound among that state's regions (lang/ko/state_regions.py,
kb/region_sound.region_named_by_sound); places54: a region the state has none of, heard among one other state's
regions only, is that state's; a word with no state before it is none.
Our own sentences."""
from __future__ import annotations

import pytest

from readout.kb.region_sound import region_named_by_sound
from readout.lang.ko.state_regions import state_regions

ROWS = [  # (text, [(name, country, locative)])
    ("러시아 벨고로드주에서 드론이 떨어졌다.", [("Belgorod", "RUS", True)]),
    ("러시아 브랸스크주의 연료 저장고가 불탔다.", [("Bryansk", "RUS", False)]),
    ("미국 텍사스주에서 농민들이 행진했다.", [("Texas", "USA", True)]),
    # places54 (row changed on purpose): no Ukrainian region sounds so, one Russian region does: Russia's
    ("우크라이나 벨고로드주에서 드론이 떨어졌다.", [("Belgorod", "RUS", True)]),
    ("러시아 헤르손주에서 포탄이 떨어졌다.", [("Kherson", "UKR", True)]),  # a claim: still Ukraine's
    ("러시아 사과나무주에서 드론이 떨어졌다.", []),  # no region of any state sounds so
    ("벨고로드주에서 드론이 떨어졌다.", []),  # no state before it
    ("민주당 대변인은 민주주의를 말했다.", []),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_a_states_region_after_it_is_a_place(text, expected):
    found = state_regions(text, 0)
    assert [(p.name, p.country, p.span.data["locative"]) for p in found] == expected
    assert all(p.precision == "region" for p in found)


@pytest.mark.parametrize("word, code, name", [
    ("벨고로드", "RUS", "Belgorod"), ("브랸스크", "RUS", "Bryansk"), ("텍사스", "USA", "Texas"),
    ("벨고로드", "UKR", None), ("사과나무", "RUS", None),
])
def test_a_region_is_named_by_sound_among_its_states(word, code, name):
    assert region_named_by_sound(word, code) == name
