"""'The two countries' read back from a sentence that names more states than it counts (actors56): the states it
stands for are the first run of that many the sentence coordinates ('A and B', 'A와 B'), not the first that many
named, so a state in a genitive, an adverbial or a relative clause before the pair ('Mongolia's president watched as
A and B ...', 'X와 국경을 맞댄 A와 B 정부는') is no member (pipeline/state_references.joined_states). With no such run the first
that many named stay the group, as before. Sentences of our own, both languages."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text, actors", [
    ("Mongolia's president watched on Tuesday as Kazakhstan and Uzbekistan opened a new rail link.\n\n"
     "The two countries later rejected a Russian offer of transit fees.", {"KAZ", "UZB"}),
    ("Brazil welcomed the deal on Monday after Peru and Ecuador settled their dispute.\n\n"
     "The two countries also rejected a Chilean proposal for joint patrols.", {"PER", "ECU"}),
    ("사우디아라비아의 제재에 반발한 오만과 쿠웨이트 정부는 5일 공동성명을 냈다.\n\n"
     "두 나라는 성명에서 이란의 제안을 거부했다.", {"OMN", "KWT"}),
    ("미주기구는 4일 칠레에 대한 제재를 결정했다.\n\n그러나 칠레와 국경을 맞댄 페루와 볼리비아 정부는 5일 공동성명을 내고 "
     "미주기구에 정면으로 반발했다.\n\n두 나라는 성명에서 \"어떤 군사 개입도 용납하지 않을 것\"이라고 경고했다.",
     {"PER", "BOL"}),
])
def test_group_word_stands_for_the_joined_pair(text, actors):
    found = sides(text, "REJECT") + sides(text, "THREATEN")
    assert any(set(a) == actors for a, _r in found), found
    assert not any(set(a) & ({"MNG", "BRA", "SAU", "CHL"} - actors) for a, _r in found if len(a) == 2), found


def test_no_joined_pair_keeps_the_first_named():
    """No two states of the sentence read back are coordinated: the first two named remain the pair."""
    text = ("Ghana's president flew to Lome on Monday, and Benin's foreign minister arrived in Accra.\n\n"
            "The two countries also rejected a Nigerian proposal for joint patrols.")
    assert [set(a) for a, _r in sides(text, "REJECT")] == [{"GHA", "BEN"}]
