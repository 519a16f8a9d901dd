"""enconsult46 (issues 13, 15): a visit that is the purpose of an arrival or a journey is CONSULT visit, its host the
state (or the state of the capital) arrived in, as the object of 'visited' is: 'arrived in Laos on Tuesday for an
official visit', 'flew to Vientiane for a three-day state visit' (lang/en/arrival_visits.py). Negative rows: talks an
arrival is for name no host ('arrived in Geneva for talks with B': a neutral venue), an arrival after a visit elsewhere
is none, an arrival said ahead is no meeting held, and a welcome at the airport is part of the visit, no meeting.
komeet47: Korean '공식 방문을 위해 X에 도착했다', '공식 방문차 X에 도착했다' read the same visit (lang/ko/arrival_visits.py),
with the same negative rows (an arrival said ahead, an arrival after a visit elsewhere, talks at a neutral venue).
Every sentence is our own.
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows, countries
from tests.event_sides import events

# (sentence, the visit's parties' states (None: no visit event), its host (None: none asserted))
ROWS = {
    "a_visit_an_arrival_is_for_is_hosted_by_the_place_arrived_in": [
        ("Ghana's president arrived in Togo on Monday for an official visit.", {"GHA", "TGO"}, "TGO"),
        ("The Norwegian prime minister arrived in Reykjavik on Friday for a two-day state visit.", {"NOR", "ISL"},
         "ISL"),
        ("Uruguayan President Mateo Ferreyra arrived in Asuncion for a working visit.", {"URY", "PRY"}, "PRY"),
        ("The Uruguayan foreign minister flew to Asuncion on Sunday for an official visit.", {"URY", "PRY"}, "PRY"),
        ("가나 대통령이 월요일 공식 방문을 위해 토고에 도착했다.", {"GHA", "TGO"}, "TGO"),
        ("몽골 총리는 이틀간의 국빈 방문차 카자흐스탄에 도착했다.", {"MNG", "KAZ"}, "KAZ"),
    ],
    "no_host_visited_no_visit": [
        ("The Uruguayan foreign minister arrived in Geneva on Sunday for talks with Paraguay.", {"URY", "PRY"}, None),
        ("The Uruguayan foreign minister arrived in Asuncion on Sunday after an official visit to Bolivia.", None, None),
        ("The Uruguayan foreign minister will arrive in Asuncion on Sunday for an official visit.", None, None),
        ("The Uruguayan foreign minister arrived in Asuncion on Sunday and was greeted at the airport.", None, None),
        ("몽골 총리는 다음 주 공식 방문을 위해 카자흐스탄에 도착할 예정이다.", None, None),
        ("몽골 총리는 카자흐스탄 방문을 마치고 우즈베키스탄에 도착했다.", None, None),
        ("몽골 총리는 공항에 도착해 카자흐스탄 환영 인사들의 영접을 받았다.", None, None),
    ],
}


def visits(sentence):
    return [e for e in events(sentence) if e.type == "CONSULT"]


@pytest.mark.parametrize("sentence, states, host", class_rows(ROWS))
def test_arrival_visits(sentence, states, host):
    found = visits(sentence)
    if states is None:
        assert not found, [(e.mode, e.status, countries(e.participants)) for e in found]
        return
    assert found and countries(found[0].participants) == states, \
        [(e.mode, countries(e.participants)) for e in found]
    if host is not None:
        assert found[0].mode == "visit" and found[0].status == "occurred", (found[0].mode, found[0].status)
    else:
        assert found[0].mode != "visit"
