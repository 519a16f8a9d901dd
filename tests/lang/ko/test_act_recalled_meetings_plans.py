"""Korean acts and meetings: calls after a recalled meeting, plans to meet, places, office words, meetings held first.
Each row is a sentence we wrote for the test (not the probe's, not an article's, not the eval's), read through the
whole pipeline: what it states (type, acting and receiving states, mode, status; status None: no such event).

Formerly tests/lang/test_ko_act_classes7.py; classes first read as "The Korean act and meeting classes of the
seventh Korean-acts session (issues 13 and 15)" (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

PUB = date(2024, 5, 22)


def meetings(text: str):
    return [e for e in extract_text(text, published=PUB).events if e.type == "CONSULT"]


def states(entities) -> set[str]:
    return {e.country for e in entities}


# 1. A meeting recalled in an earlier-dated after-clause ('지난달 B와 회담한 뒤', '지난주 B와 회담한 데 이어') is the
# background of the meeting word after it: that later meeting, held, is with the same counterpart and is the story's
# event (the recalled one keeps only its own earlier day); a later meeting with a counterpart of its own leaves the
# recalled one as it was.
# sentence, the parties of the one phone call, or None: no call
RECALLED = [
    ("이집트 외교장관은 지난주 카이로에서 요르단 외교장관과 회담한 데 이어 이날 전화 통화를 했다.", {"EGY", "JOR"}),
    ("케냐 대통령은 지난 3월 나이로비에서 탄자니아 대통령과 만난 뒤 이날 다시 통화했다.", {"KEN", "TZA"}),
    ("튀르키예 외무장관과 그리스 외무장관은 지난달 아테네에서 회담한 뒤 처음으로 전화 통화를 했다.", {"TUR", "GRC"}),
    ("튀르키예 외무장관과 그리스 외무장관은 지난달 회담한 뒤 아직 통화하지 않았다.", None),  # negated: no call
]


@pytest.mark.parametrize("text,parties", RECALLED)
def test_call_after_a_recalled_meeting(text, parties):
    found = meetings(text)
    calls = [e for e in found if e.mode == "phone"]
    if parties is None:
        assert not calls, [(e.mode, states(e.participants)) for e in found]
        return
    assert len(calls) == 1, [(e.mode, e.date, states(e.participants)) for e in found]
    recalled = [e for e in found if e.mode != "phone"]  # background: its own event only on its own earlier day
    assert all(e.date < PUB and e.date_basis == "text" for e in recalled), [(e.date, e.date_basis) for e in recalled]
    call = calls[0]
    assert states(call.participants) == parties
    assert (call.date, call.date_basis, call.location) == (PUB, "published", None)


def test_a_later_meeting_with_its_own_counterpart_keeps_the_recalled_one():
    found = meetings("케냐 대통령은 지난 3월 탄자니아 대통령과 회담한 뒤 이날 우간다 대통령과 통화했다.")
    by_mode = {e.mode: e for e in found}
    assert states(by_mode["phone"].participants) == {"KEN", "UGA"}
    assert states(by_mode[None].participants) == {"KEN", "TZA"} and by_mode[None].date == date(2024, 3, 1)


def test_a_recalled_meeting_with_no_meeting_after_it_stays():
    """No meeting word after the after-clause (a non-meeting row): the recalled meeting is the sentence's, dated
    by its own month."""
    found = meetings("인도 총리는 지난 2월 방글라데시 총리와 회담한 뒤 귀국했다.")
    assert len(found) == 1 and found[0].date == date(2024, 2, 1), [(e.mode, e.date) for e in found]


# 2. A state in a topic phrase ('X 문제에 대한') modifying a noun another owns ('Y의 태도', 'Y의 입장') is what the act
# is about: the owner receives it, and where the owner names no state no one does (never the topic's state).
# 3. A measure suffered in a past relative clause names its agent (에 의해, 로부터, a genitive) and the noun after the
# clause as its sides; with no agent named no one acts. 'X가 Y의 제재 대상에 올랐다': Y sanctions X.
# 6. A person a past relative clause says is held ('[억류하던] X인 2명을') is a captive: releasing him is RETREAT.
ROWS = [
    ("이란은 이스라엘 문제에 대한 주변국의 태도를 비판했다.", "ACCUSE", set(), None, None, None),
    ("러시아는 우크라이나 문제에 대한 서방의 태도를 비판했다.", "ACCUSE", set(), None, None, None),
    ("스리랑카는 타밀 문제에 대한 인도 정부의 입장을 비난했다.", "ACCUSE", {"LKA"}, {"IND"}, "disapprove", "occurred"),
    ("모로코는 서사하라 문제에 대한 알제리의 태도를 규탄했다.", "ACCUSE", {"MAR"}, {"DZA"}, None, "occurred"),
    ("가나는 국경 문제에 대한 토고의 입장을 비판하지 않았다.", "ACCUSE", set(), None, None, None),  # negated
    ("케냐 외교부는 소말리아 문제에 대한 입장을 설명했다.", "ACCUSE", set(), None, None, None),  # no act
    ("캐나다 정부에 의해 제재를 받은 이란 기업들이 소송을 냈다.", "SANCTION", {"CAN"}, {"IRN"}, None, "occurred"),
    ("스위스로부터 제재를 받은 러시아 은행이 항소했다.", "SANCTION", {"CHE"}, {"RUS"}, None, "occurred"),
    ("일본의 제재를 받은 북한 선박이 항구를 떠났다.", "SANCTION", {"JPN"}, {"PRK"}, None, "occurred"),
    ("시리아 기업 5곳이 유럽연합의 제재 대상에 올랐다.", "SANCTION", {"EUR"}, {"SYR"}, None, "occurred"),
    ("제재 대상에 오른 이란 기업들이 소송을 냈다.", "SANCTION", set(), None, None, None),  # no agent: no one acts
    ("제재 대상에 오르지 않은 베트남 기업들이 수출을 늘렸다.", "SANCTION", set(), None, None, None),
    ("러시아는 억류하던 에스토니아 국경수비대원 2명을 풀어줬다.", "RETREAT", {"RUS"}, {"EST"}, "release", "occurred"),
    ("말리 군정은 구금했던 니제르 군인들을 풀어주었다.", "RETREAT", {"MLI"}, {"NER"}, "release", "occurred"),
    ("이란은 억류하던 영국 선원들을 풀어주지 않았다.", "RETREAT", set(), None, None, None),  # negated
    ("경찰은 시위 현장에서 풀어준 기자들을 다시 불렀다.", "RETREAT", set(), None, None, None),  # held by no one named
    # 9. a stance conceded or rejected through a topic phrase ('[X의 Y 가입]에 대한 반대를 철회'): aimed at the owner of
    # the topic's noun (X), not at the body it names (Y)
    ("헝가리는 스웨덴의 나토 가입에 대한 반대를 철회했다.", "CONCEDE", {"HUN"}, {"SWE"}, None, "occurred"),
    ("오스트리아는 몰도바의 유럽연합 가입에 대한 반대 입장을 철회했다.", "CONCEDE", {"AUT"}, {"MDA"}, None, "occurred"),
    ("그리스는 북마케도니아의 나토 가입에 대한 반대를 철회하지 않았다.", "CONCEDE", set(), None, None, None),
    ("일본은 호주산 소고기에 대한 관세를 철회했다.", "CONCEDE", {"JPN"}, {"AUS"}, None, "occurred"),
    # 10. force that lands on a place civilians live ('[X 지역의 한] 마을에', '[Y의] 난민촌을') is force on the people of
    # the state the place (or its owner in the genitive) names, the attacker's own where it names none of another
    ("에티오피아 정부군은 오로미아 지역의 한 마을에 공습을 가했다.", "ASSAULT", {"ETH"}, {"ETH"}, "aerial", "occurred"),
    ("시리아 정부군은 이들리브의 한 시장에 포격을 가했다.", "ASSAULT", {"SYR"}, {"SYR"}, None, "occurred"),
    ("이스라엘군은 가자지구의 난민촌을 공습했다.", "ASSAULT", {"ISR"}, {"PSE"}, "aerial", "occurred"),
    ("미얀마 군부는 반군이 장악한 마을을 폭격했다.", "ASSAULT", {"MMR"}, set(), None, "occurred"),  # no owner: no one
    ("러시아군은 오데사의 한 병원을 폭격할 계획이다.", "ASSAULT", {"RUS"}, {"UKR"}, None, "planned"),
    ("수단 정부군은 난민촌에 포격을 가하지 않았다고 밝혔다.", "ASSAULT", set(), None, None, None),
    # 11. a state's name opening a noun of people ('브라질 노동단체가', '칠레 교원노조는'; nouns ending in the lexicon's
    # people nouns) takes that noun's particle: its people act, across a clause joined before the act ('반발해')
    ("브라질 노동단체가 긴축 정책에 반발해 총파업을 벌였다.", "PROTEST", {"BRA"}, None, "strike", "occurred"),
    ("칠레 교원노조는 연금 개혁에 항의해 파업에 돌입했다.", "PROTEST", {"CHL"}, None, "strike", "occurred"),
    ("프랑스 농민단체들이 수입 확대에 반발해 시위를 벌였다.", "PROTEST", {"FRA"}, None, "demo", "occurred"),
    ("브라질 노동단체는 파업을 벌이지 않았다.", "PROTEST", set(), None, None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,mode,status", ROWS)
def test_each_row_states_its_act(text, type_, actors, recipients, mode, status):
    assert_act(extract_text(text, published=PUB).events, type_, actors, recipients, status, mode)


# 4. A visit joined to a meeting planned after it ('B를 방문해 B 총리와 회담할 계획/예정이다'): one planned meeting
# in the host's country, dated by the clause's month; a plan to meet is no AGREE (a decision to meet, 하기로 합의했다,
# still is).
PLANNED = [
    ("아르헨티나 대통령은 다음 달 칠레를 방문해 칠레 대통령과 회담할 계획이다.", {"ARG", "CHL"}, "Chile"),
    ("인도 총리는 다음 달 러시아를 방문해 러시아 대통령과 만날 예정이다.", {"IND", "RUS"}, "Russia"),
    ("독일 총리는 다음 달 중국을 방문해 중국 국가주석과 회담할 방침이다.", {"DEU", "CHN"}, "China"),
]


@pytest.mark.parametrize("text,parties,host", PLANNED)
def test_planned_visit_meeting(text, parties, host):
    events = extract_text(text, published=PUB).events
    found = [e for e in events if e.type == "CONSULT"]
    assert len(found) == 1, [(e.type, e.status) for e in events]
    e = found[0]
    assert states(e.participants) == parties and e.status == "planned"
    assert (e.date, e.date_precision) == (date(2024, 6, 1), "month")
    assert e.location is not None and e.location.name == host
    assert not [x for x in events if x.type == "AGREE"]


@pytest.mark.parametrize("text,parties", [
    ("스페인 당국자들은 모로코 당국자들과 어업 협상을 진행할 계획이다.", {"ESP", "MAR"}),  # planned47: not the
    # governments ('스페인 정부는 모로코 정부와'), whose plan is a planned meeting as the states' own
    ("노르웨이는 덴마크와 전화 통화할 방침이다.", {"NOR", "DNK"}),
])
def test_a_plan_to_meet_no_meeting_reader_reports_stays_a_pledge(text, parties):
    """States planning talks with no planned meeting read from the sentence: the pledge (AGREE) is what it states."""
    events = extract_text(text, published=PUB).events
    assert not [e for e in events if e.type == "CONSULT"]
    assert [states(e.participants) for e in events if e.type == "AGREE"] == [parties]


def test_governments_plan_is_a_planned_meeting():
    """(planned47) A government plans talks as firmly as its state or office holder: a planned CONSULT of both."""
    events = extract_text("스페인 정부는 모로코 정부와 어업 협상을 진행할 계획이다.", published=PUB).events
    assert [(e.status, states(e.participants)) for e in events if e.type == "CONSULT"] == [("planned", {"ESP", "MAR"})]


def test_a_decision_to_meet_is_still_an_agreement():
    events = extract_text("콜롬비아 대통령과 멕시코 대통령은 다음 달 회담하기로 합의했다.", published=PUB).events
    assert [e for e in events if e.type == "AGREE"]


# 5. A whole gazetteer name before 에서 is a place where kiwi did not know it (glued to the particle, cut into
# pieces, or a long unknown common noun), not only where it tags a proper noun; not a two-syllable ordinary word
# ('나라에서'), nor a verb's pieces ('위해서'), nor one syllable.
PLACES = [
    ("우간다 대통령과 케냐 대통령은 캄팔라에서 회담했다.", "Kampala"),
    ("에콰도르 대통령은 키토에서 콜롬비아 대통령과 만났다.", "Quito"),
    ("카자흐스탄 대통령은 아스타나에서 열린 회의에서 키르기스스탄 대통령과 만났다.", "Astana"),
    ("페루 대통령은 리마에서 칠레 대통령과 정상회담을 가졌다.", "Lima"),
]


@pytest.mark.parametrize("text,city", PLACES)
def test_unknown_city_before_locative(text, city):
    found = meetings(text)
    assert found and found[0].location is not None and found[0].location.name == city


@pytest.mark.parametrize("text", ["그 나라에서 가장 큰 항구다.", "평화를 위해서 노력했다.", "협상 중에서 일부에서 합의를 찾았다."])
def test_no_place_from_ordinary_words(text):
    from readout.lang.ko.places import find_places
    from readout.lang.ko.sentences import kiwi

    toks = [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)]
    assert not find_places(text, 0, toks)


# 7. An office word kiwi glued to its particle ('정상은' read as one proper noun before an unknown city) keeps its
# particle: the countries before it are the meeting's subjects; a name that ends like a particle ('김정은') stays whole.
GLUED = [
    ("칠레와 페루 정상은 리마에서 회담했다.", {"CHL", "PER"}),
    ("가나와 토고 정상은 아크라에서 회담했다.", {"GHA", "TGO"}),
    ("우루과이와 파라과이 정상은 몬테비데오에서 회담했다.", {"URY", "PRY"}),
    ("북한 김정은 국무위원장은 평양에서 러시아 대통령과 회담했다.", {"PRK", "RUS"}),
]


@pytest.mark.parametrize("text,parties", GLUED)
def test_office_word_glued_to_its_particle(text, parties):
    found = meetings(text)
    assert len(found) == 1 and states(found[0].participants) == parties, [states(e.participants) for e in found]


# 8. 'A와 B는 회담한 뒤 ...': a meeting verb in an after-clause whose parties are its coordinated subjects (no
# counterpart, day or earlier moment of its own) was held that day, named people and all; the main clause's
# negation is not the meeting's; with an earlier moment of its own it is dated by it.
HELD_FIRST = [
    ("인도 총리와 방글라데시 총리는 회담한 뒤 협정에 서명했다.", {"IND", "BGD"}, PUB, "occurred"),
    ("미국 대통령과 일본 총리는 회담한 뒤 공동 기자회견을 열었다.", {"USA", "JPN"}, PUB, "occurred"),
    ("미국 대통령과 일본 총리는 회담한 뒤 공동성명을 채택하지 않았다.", {"USA", "JPN"}, PUB, "occurred"),
    ("폴란드 대통령과 리투아니아 대통령은 지난 2월 회담한 뒤 공동 기자회견을 열지 않았다.", {"POL", "LTU"},
     date(2024, 2, 1), "occurred"),
]


@pytest.mark.parametrize("text,parties,day,status", HELD_FIRST)
def test_meeting_held_before_the_main_clause(text, parties, day, status):
    found = meetings(text)
    assert len(found) == 1, [(e.date, states(e.participants)) for e in found]
    assert (states(found[0].participants), found[0].date, found[0].status) == (parties, day, status)


def test_named_parties_of_a_meeting_held_first():
    found = meetings("미국 대통령과 일본 총리는 회담한 뒤 공동 기자회견을 열었다.")
    assert all(p.kind == "person" for p in found[0].participants)
