"""(enkidnap46) A road blocked: people's blockade (PROTEST obstruct) or a cordon by those who wield force (COERCE
restrict), in both languages where the reading exists. The manual's obstruct is dissent that "obstructs passage or
access to a particular locale" ('farmers blocked a motorway with tractors'); its COERCE restrict is a state's
"restrictions on ... movement, including cordoning off areas" ('police blocked the road to X'). English read motorways,
freeways and bridges as nothing and police or troops blocking a road as their protest. Korean reads '경찰이 도로를
봉쇄했다' as PROTEST obstruct still (a gap noted in docs/coding-choices.md); its farmers' row is checked. Our own
sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events

BLOCKADES = [
    "Ghanaian farmers blocked a motorway near Kumasi with their tractors on Monday.",
    "Ghanaian truck drivers blocked the main bridges into Accra on Monday.",
    "Ghanaian students blockaded two expressways outside Accra on Monday.",
    "가나 농민들은 월요일 트랙터로 고속도로를 봉쇄했다.",
]


@pytest.mark.parametrize("text", BLOCKADES)
def test_people_blocking_a_road_protest(text):
    found = [(e.type, e.mode) for e in events(text) if e.type in ("PROTEST", "COERCE", "ACCUSE")]
    assert found == [("PROTEST", "obstruct")], found


CORDONS = [
    "Ghanaian police blocked the road to the Togolese border on Monday.",
    "Ghanaian troops blocked the main bridges into the northern town on Monday.",
    "Ghana blocked the roads to its border with Togo on Monday.",
]


@pytest.mark.parametrize("text", CORDONS)
def test_force_wielders_blocking_a_road_cordon_it(text):
    found = [(e.type, e.mode) for e in events(text) if e.type in ("PROTEST", "COERCE", "ACCUSE")]
    assert found == [("COERCE", "restrict")], found


NOT_BLOCKADES = [
    "Ghana blocked the draft resolution on Togo at the council on Monday.",  # a text blocked: REJECT
    "Ghana protested to Togo over the border incident on Monday.",  # a protest lodged with a state: ACCUSE
]


@pytest.mark.parametrize("text", NOT_BLOCKADES)
def test_other_things_blocked_or_protested_are_no_cordon(text):
    assert not [e for e in events(text) if e.type == "COERCE" or e.type == "PROTEST"]
