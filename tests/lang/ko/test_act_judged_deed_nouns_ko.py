"""Criticism and regret of another side's deed in Korean, aimed at the deed's doer (critics49).

Classes: a feeling CAMEO 111 codes as disapproval ('REACT * ALARM', 'VOICE * HORROR': '이번 사건에 "경악했다"'); a raid or
an intrusion judged by its noun ('이번 습격을 규탄했다', lexicon provocation_noun); regret over another side's decision
('X 정부의 결정에 유감을 표했다', '이번 결정에 유감을 표명했다'); a visit judged through what it shows ('A의 방문이 ...
존중이 부족함을 보여준다고 비판했다'). Every sentence is our own.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries, events_of

DAY = date(2024, 4, 7)


@pytest.mark.parametrize("text, actor, recipient", [
    ("에콰도르 경찰이 5일 키토의 멕시코 대사관을 습격했다. 안토니우 구테흐스 유엔 사무총장은 대변인을 통해 이번 사건에 "
     "\"경악했다\"고 밝혔다.", "UNO", "ECU"),
    ("에콰도르 경찰이 5일 키토의 멕시코 대사관을 습격했다. 브라질 외교부는 이번 습격을 강력히 규탄했다.", "BRA", "ECU"),
    ("페루 정부는 5일 칠레와의 협상을 중단한다고 발표했다. 유럽연합(EU) 집행위원회 대변인은 페루 정부의 결정에 유감을 "
     "표했다.", "EUR", "PER"),
    ("페루 정부는 5일 칠레와의 협상을 중단한다고 발표했다. 브라질 외교부 대변인은 이번 결정에 유감을 표명했다.",
     "BRA", "PER"),
    ("프랑스의 폴 지라르 국방장관이 5일 차드 군 기지를 방문했다. 알리 하룬 차드 총리는 지라르 장관의 방문이 차드 국민에 "
     "대한 존중이 부족함을 보여준다고 비판했다.", "TCD", "FRA"),
])
def test_the_doer_of_the_judged_deed_is_accused(text, actor, recipient):
    found = [e for e in events_of(extract_text(text, published=DAY), "ACCUSE")
             if actor in countries(e.participants)]
    assert found and countries(found[0].recipients) == {recipient}


def test_a_feeling_about_no_state_deed_accuses_no_one():
    """Dismay at a match names no side: no ACCUSE."""
    found = events_of(extract_text("관중들은 5일 경기 결과에 경악했다.", published=DAY), "ACCUSE")
    assert found == []
