"""People with no state of their own who demand a change of their government and protest for it ('시위대가 정부
퇴진을 요구하며 시위를 벌였다'): the demand's object is its target and the protest joined after it is aimed at the same,
so both acts have the people's own state on both sides (lang/ko/act_protest_demands.py); a bare '정부' after people
placed in one other state ('X에서 시위대가 ... 정부') is that state's, the people's own (lang/ko/home_words.
placed_people_government). domestic49; our own sentences."""
from __future__ import annotations

import pytest
from tests.event_sides import first_of

ROWS = [  # (sentence, kind, actors, recipients)
    ("에콰도르에서 시위대 수천 명이 대통령궁 앞에서 정부 퇴진을 요구하며 시위를 벌였다.", "PROTEST", {"ECU"}, {"ECU"}),
    ("에콰도르에서 시위대 수천 명이 대통령궁 앞에서 정부 퇴진을 요구하며 시위를 벌였다.", "REQUEST", {"ECU"}, {"ECU"}),
    ("짐바브웨 야당 지지자들은 음난가그와 대통령의 사임을 촉구하며 행진했다.", "PROTEST", {"ZWE"}, {"ZWE"}),
    ("말라위에서 대학생들이 정부를 규탄하는 집회를 열었다.", "PROTEST", {"MWI"}, {"MWI"}),
]


@pytest.mark.parametrize("text, kind, actors, recipients", ROWS)
def test_a_domestic_demand_and_its_protest(extract, text, kind, actors, recipients):
    first = first_of(extract("(서울=연합뉴스) 김영희 기자 = " + text).events, type=kind)
    assert ({p.country for p in first.participants}, {p.country for p in first.recipients}) == \
        (actors, recipients)


NOT_PLACED = [  # the place describes a noun ('[일본에서 열린] 회의'), or no people act there: the bare word stays home
    "일본에서 열린 회의에서 정부의 입장을 설명했다.",
    "중국에서 활동하는 탈북민들이 정부에 지원을 요청했다.",
    "미국 워싱턴에서 열린 협상에서 정부 대표단은 관세 인하를 요구했다.",
]


@pytest.mark.parametrize("text", NOT_PLACED)
def test_a_bare_government_stays_the_writers(text):
    from readout.lang.ko.countries import find_countries
    from readout.lang.ko.sentences import kiwi

    toks = [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)]
    bare = [m for m in find_countries(text, 0, toks) if text[m.start:m.end] == "정부"]
    assert bare and bare[0].codes == ["KOR"]
