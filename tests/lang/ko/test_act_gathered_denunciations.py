"""A crowd's denunciation, a judgement of the judge's own government, and disappointment (accuse50).

Classes: people with no state of their own who gathered and denounced their government ('시민들이 X 앞에 모여 정부를
규탄했다') hold a demonstration (PLOVER PROTEST demo), not a state's ACCUSE (lang/ko/act_protest_demands.
gathered_denunciations); a bare '정부' after such people placed in one foreign city is that city's state's government,
not the writer's (lang/ko/home_words.city_people_government); an opposition subject ('야당 지도자는') is the
opposition of its state (people_subject OPP) and the bare governing noun it judges ('정부를 비판했다') is its own
state's government (cue ruling_noun, a domestic target); disappointment with another's deed ('X의 결정에 실망했다',
CAMEO 111 'EXPRESS * DISAPPOINTMENT') is disapproval; 'cannot accept' as the plain modifier of a judged noun ('"용납할 수
없는 압력"이라고 비판') is the judgement's word, no refusal (lang/ko/act_clauses.unacceptable_modifier). Every sentence
is our own; English: test_act_disappointment.py.
"""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import first_of

DATELINE = "(서울=연합뉴스) 김영희 기자 = "

ROWS = [  # (sentence, kind, actors, recipients)
    ("수천 명의 시민이 베오그라드 의회 건물 앞에 모여 정부를 규탄했다.", "PROTEST", {"SRB"}, {"SRB"}),
    ("시위대 수만 명이 리마 대통령궁 앞에 집결해 정부를 강하게 비판했다.", "PROTEST", {"PER"}, {"PER"}),
    ("주민 수백 명이 부다페스트 광장에 운집해 헝가리 정부를 규탄했다.", "PROTEST", {"HUN"}, {"HUN"}),
    ("베네수엘라 야당 지도자는 정부를 강하게 비판했다.", "ACCUSE", {"VEN"}, {"VEN"}),
    ("볼리비아 야권 인사들은 \"집권당이 국민을 배신했다\"며 정부를 비난했다.", "ACCUSE", {"BOL"}, {"BOL"}),
    ("캐나다 정부는 인도의 비자 발급 중단 결정에 실망했다고 밝혔다.", "ACCUSE", {"CAN"}, {"IND"}),
    ("멕시코 외교부는 페루 정부가 대사 복귀를 거부한 데 대해 깊이 실망했다고 말했다.", "ACCUSE", {"MEX"}, {"PER"}),
]


@pytest.mark.parametrize("text, kind, actors, recipients", ROWS)
def test_the_act_and_its_sides(extract, text, kind, actors, recipients):
    events = extract(DATELINE + text).events
    first = first_of(events, type=kind)
    assert (countries(first.participants), countries(first.recipients)) == (actors, recipients)


NOT_PROTESTS = [  # a state body gathering others, or people judging with no gathering: no protest
    "칠레 외무부는 각국 대사들을 불러 모아 페루 정부를 강하게 비판했다.",
    "폴란드 외무장관은 회의에 모인 기자들 앞에서 벨라루스 정부를 비판했다.",
]


@pytest.mark.parametrize("text", NOT_PROTESTS)
def test_a_state_judging_after_a_gathering_is_no_protest(extract, text):
    events = extract(DATELINE + text).events
    assert [e for e in events if e.type == "ACCUSE"] and not [e for e in events if e.type == "PROTEST"]


def test_a_crowd_in_seoul_judges_seouls_government():
    from readout.lang.ko.countries import find_countries
    from readout.lang.ko.sentences import kiwi

    text = "시민단체 회원들은 서울 광화문 앞에 모여 정부를 규탄했다."
    toks = [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)]
    bare = [m for m in find_countries(text, 0, toks) if text[m.start:m.end] == "정부"]
    assert bare and bare[0].codes == ["KOR"]


def kinds_of(text: str) -> list[str]:
    from readout.lang.ko.acts import find_acts
    from readout.lang.ko.sentences import kiwi

    return [h.type for h in find_acts(text, [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)])]


@pytest.mark.parametrize("text", [
    "산두 대통령은 이번 훈련 계획을 두고 \"용납할 수 없는 간섭\"이라고 비판했다.",
    "아르헨티나 외교부는 영국의 군사훈련을 \"받아들일 수 없는 도발\"이라고 규탄했다.",
])
def test_an_unacceptable_deed_is_judged_not_refused(text):
    assert "ACCUSE" in kinds_of(text) and "REJECT" not in kinds_of(text)


@pytest.mark.parametrize("text", [
    "몰도바 정부는 러시아의 제안을 받아들일 수 없다는 입장을 밝혔다.",  # a refusal reported as a stance
    "몰도바는 러시아의 제안을 받아들일 수 없다고 밝혔다.",
])
def test_a_stated_refusal_stays(text):
    assert "REJECT" in kinds_of(text)
