"""(enkidnap46) A road blocked: people's blockade (PROTEST obstruct) or a cordon by those who wield force (COERCE
restrict), in both languages where the reading exists. The manual's obstruct is dissent that "obstructs passage or
access to a particular locale" ('farmers blocked a motorway with tractors'); its COERCE restrict is a state's
"restrictions on ... movement, including cordoning off areas" ('police blocked the road to X'). English read motorways,
freeways and bridges as nothing and police or troops blocking a road as their protest; Korean (kotwin46) read '경찰이
도로를 봉쇄했다' and a government's or a state's blocked road as PROTEST obstruct. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events

BLOCKADES = [
    "Ghanaian farmers blocked a motorway near Kumasi with their tractors on Monday.",
    "Ghanaian truck drivers blocked the main bridges into Accra on Monday.",
    "Ghanaian students blockaded two expressways outside Accra on Monday.",
    "가나 농민들은 월요일 트랙터로 고속도로를 봉쇄했다.",
    "가나 교사 노조가 월요일 수도로 들어가는 도로를 봉쇄했다.",
    "가나 시위대는 월요일 아크라 북부의 고속도로를 막았다.",
]


@pytest.mark.parametrize("text", BLOCKADES)
def test_people_blocking_a_road_protest(text):
    found = [(e.type, e.mode) for e in events(text) if e.type in ("PROTEST", "COERCE", "ACCUSE")]
    assert found == [("PROTEST", "obstruct")], found


CORDONS = [
    "Ghanaian police blocked the road to the Togolese border on Monday.",
    "Ghanaian troops blocked the main bridges into the northern town on Monday.",
    "Ghana blocked the roads to its border with Togo on Monday.",
    "가나 경찰은 월요일 토고 국경으로 가는 도로를 봉쇄했다.",
    "가나군은 월요일 북부 마을로 들어가는 다리를 봉쇄했다.",
    "가나 정부는 월요일 토고와의 국경으로 이어지는 도로를 봉쇄했다.",
    "가나는 월요일 토고 국경으로 향하는 도로를 모두 봉쇄했다.",
]


@pytest.mark.parametrize("text", CORDONS)
def test_force_wielders_blocking_a_road_cordon_it(text):
    found = [(e.type, e.mode) for e in events(text) if e.type in ("PROTEST", "COERCE", "ACCUSE")]
    assert found == [("COERCE", "restrict")], found


NOT_BLOCKADES = [
    "Ghana blocked the draft resolution on Togo at the council on Monday.",  # a text blocked: REJECT
    "Ghana protested to Togo over the border incident on Monday.",  # a protest lodged with a state: ACCUSE
    "가나는 월요일 안보리에서 토고에 관한 결의안 초안을 막았다.",  # a text blocked
]


@pytest.mark.parametrize("text", NOT_BLOCKADES)
def test_other_things_blocked_or_protested_are_no_cordon(text):
    assert not [e for e in events(text) if e.type == "COERCE" or e.type == "PROTEST"]
