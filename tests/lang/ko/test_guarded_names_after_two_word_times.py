"""(plans55b, issues 13/15) A guarded state name (토고, 가나: guard 'governed') after a time of two words ('다음 달',
'지난 주') opens its own phrase, as after '지난달': '케냐 대통령은 다음 달 토고를 방문할 예정이다' gave no event while
'…탄자니아를…' gave the visit planned. Sentences of our own."""
from __future__ import annotations

import pytest

from tests.event_sides import sides

VISITS = [  # (sentence, visitor's state, host)
    ("케냐 대통령은 다음 달 토고를 방문할 예정이다.", "KEN", "TGO"),
    ("가나 대통령은 다음 달 토고를 방문할 예정이다.", "GHA", "TGO"),
    ("세네갈 대통령은 다음 달 가나를 방문할 예정이다.", "SEN", "GHA"),
    ("케냐 대통령은 다음 주 토고를 방문할 예정이다.", "KEN", "TGO"),
]


@pytest.mark.parametrize("sentence, visitor, host", VISITS)
def test_a_guarded_host_after_a_two_word_time_is_visited(sentence, visitor, host):
    found = sides(sentence, "CONSULT")
    assert found and {visitor, host} <= set(found[0][0]) | set(found[0][1]), found


ORDINARY = [  # the ordinary word after a two-word time stays a word: no state, no visit
    "케냐 대통령은 다음 달 새로운 수단을 찾을 예정이다.",
    "지난 주 가나다 순으로 명단을 정리했다.",
]


@pytest.mark.parametrize("sentence", ORDINARY)
def test_the_ordinary_word_after_a_two_word_time_names_no_state(sentence):
    assert not [s for s in sides(sentence, "CONSULT") if {"SDN", "GHA"} & set(s[0] + s[1])]
