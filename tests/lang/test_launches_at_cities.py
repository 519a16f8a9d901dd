"""ploverko68: a launch fired at a city is fire at the state that holds it (ASSAULT), in both languages. Korean read
a missile launched '에' a state's name as force used on that state, but a city there ('예레반에 미사일을 발사했다') left
the launch a show of force (MOBILIZE weapons); a city the gazetteer knows now counts as its state's ground
(`lang/ko/act_fired_launches.fired_at_state`), as English 'fired missiles at Yerevan' already read. Negative rows: a launch
from a city ('에서') or into a sea stays MOBILIZE, and neither language reads it as force."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode)
ROWS = {
    "a_launch_at_a_city_is_force_on_its_state": [
        ("아제르바이잔군은 14일 예레반에 미사일을 발사했다.", "ASSAULT", {"AZE"}, {"ARM"}, OCC, "heavy-weapons"),
        ("에티오피아군은 15일 아스마라에 로켓 여러 발을 발사해 주민 3명이 숨졌다.", "ASSAULT", {"ETH"}, {"ERI"}, OCC,
         "heavy-weapons"),
        ("Azerbaijani forces fired missiles at Yerevan on Tuesday.", "ASSAULT", {"AZE"}, {"ARM"}, OCC, None),
    ],
    "a_launch_from_a_city_or_into_the_sea_is_no_force": [
        ("아제르바이잔군은 14일 바쿠에서 미사일을 시험 발사했다.", "ASSAULT", set(), None, None, None),
        ("아제르바이잔군은 14일 카스피해에 미사일을 발사했다.", "ASSAULT", set(), None, None, None),
        ("Azerbaijan test-fired a missile from Baku on Tuesday.", "ASSAULT", set(), None, None, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ROWS))
def test_launches_at_cities(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence), kind, actors, recipients, status, mode)
