"""plover57 (issue 15): the Korean twins of the English classes of tests/lang/en/test_plover57_false_acts.py. Korean
reads them already: a fund is a noun ('국부펀드'), a team's '공격' in a game is no act, and a topic told by '문제로'
or '놓고' names no recipient. Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events, first_of


@pytest.mark.parametrize("text", [
    "덴마크 연기금은 1분기에 손실을 냈다.",
    "가봉 축구 대표팀은 저녁 내내 오른쪽 측면을 공격했다.",
    "나이지리아 대표팀이 후반에 카메룬 진영을 거세게 공격했지만 득점하지 못했다.",
    "비평가들은 러시아가 내년에 몰도바를 공격할 수 있다고 우려한다.",
    "한 칼럼니스트는 영국이 우크라이나에 탱크를 더 보내야 한다고 주장했다.",
    "신문 사설은 일본이 한국에 사과해야 한다고 주장했다.",
])
def test_no_act_ko(text):
    """A fund's result and a game's play state no act."""
    assert not events(text), [(e.type, e.status) for e in events(text)]


@pytest.mark.parametrize("text,kind,actors,recipients", [
    ("루마니아는 우크라이나 통행료 문제로 헝가리를 비판했다.", "ACCUSE", {"ROU"}, {"HUN"}),
    ("중국은 대만 대표처 문제를 놓고 리투아니아에 무역 제재를 경고했다.", "THREATEN", {"CHN"}, {"LTU"}),
    # the twin of "the Ethiopian army's shelling of Eritrean posts": the owner shells, the posts' state receives
    ("에티오피아군의 에리트레아 국경 초소 포격으로 경비병 2명이 숨졌다.", "ASSAULT", {"ETH"}, {"ERI"}),
])
def test_topic_no_recipient_ko(text, kind, actors, recipients):
    """The topic's state is no recipient of the act."""
    first = first_of(events(text), type=kind)
    assert actors <= countries(first.participants), countries(first.participants)
    assert countries(first.recipients) == recipients, countries(first.recipients)


@pytest.mark.parametrize("text,kind,actors", [
    # koacts57b: '자국 정부가' is the subject's state's government (lang/ko/self_states), were strict xfail
    ("라트비아 총리는 자국 정부가 우크라이나를 지지한다고 말했다.", "SUPPORT", {"LVA"}),
    ("페루 대통령은 자국 정부가 칠레 외교관 2명을 추방했다고 밝혔다.", "SANCTION", {"PER"}),
])
def test_own_state_speaker_ko(text, kind, actors):
    """The twin of "X's prime minister said his government ...": the speaker's own state acts."""
    found = [e for e in events(text) if e.type == kind]
    assert found and actors <= countries(found[0].participants), [(e.type, countries(e.participants))
                                                                   for e in events(text)]


@pytest.mark.parametrize("text,kind,actors", [
    # koacts57b: troops gathering with no object mobilize (lang/ko/act_gathered_troops), were strict xfail
    ("러시아군이 우크라이나 국경 인근에 집결했다.", "MOBILIZE", {"RUS"}),
    ("튀르키예 병력 수천 명이 시리아 국경을 따라 집결했다.", "MOBILIZE", {"TUR"}),
])
def test_troops_gathered_ko(text, kind, actors):
    """The twin of 'Russian troops gather near the border': the troops' state mobilizes."""
    found = [e for e in events(text) if e.type == kind]
    assert found and actors <= countries(found[0].participants), [(e.type, countries(e.participants))
                                                                   for e in events(text)]

