"""Korean acts (session 21, ko-acts25: who did what to whom, classes found in the open batches art15a..art22b). Each
row is a sentence or two we wrote for the test (not a batch's, not the eval's), read through the whole pipeline: what
it states (type, acting states exactly among the parties, receiving states, status; status None: no such event)."""
from __future__ import annotations

import pytest

from readout.lang.ko.countries import read_word
from tests.lang.test_ko_sides20 import check

# 1. A mission written in one word after its sending state's name ('칠레총영사관', '페루대표부'; lexicon ko
# post_mission_nouns) names that state as '칠레대사관' does (countries.read_name, mission_nouns): summoned, its state
# receives every act of the clause chain ('...관계자를 불러 유감을 표명하고 ... 요청했다'). Bare, it names no one.
MISSION_WORDS = [("칠레총영사관", ("CHL",)), ("페루대표부", ("PER",)), ("몰도바영사관", ("MDA",)),
                 ("총영사관", ()), ("영사관", ())]


@pytest.mark.parametrize("word,codes", MISSION_WORDS)
def test_mission_word_names_sending_state(word, codes):
    assert read_word(word).codes == codes


SUMMONED_MISSION = [
    ("외교부는 3일 주부산 칠레총영사관 관계자를 불러 유감을 표명하고 자국 선원들에 대한 관리를 강화해 달라고 요청했다.",
     [("REQUEST", {"KOR"}, {"CHL"}, "occurred")]),
    ("외교부는 페루총영사관 영사를 초치해 강한 유감을 표명했다.", [("ACCUSE", {"KOR"}, {"PER"}, "occurred")]),
    ("루마니아 외무부는 몰도바대표부 참사관을 불러 항의했다.", [("ACCUSE", {"ROU"}, {"MDA"}, "occurred")]),
    # negative: a consulate only named as a place of a meeting is no one summoned or protested to
    ("외교부는 칠레총영사관에서 교민 간담회를 열었다.", [("ACCUSE", None, None, None), ("REQUEST", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", SUMMONED_MISSION)
def test_summoned_mission_receives_the_acts(text, expected):
    check(text, expected)
