"""Korean meeting reading behind the `Language` interface (lang/ko/language.py): subordinate clauses,
meetings that refer back to officials just named, states as parties, and the title-chain and guest-list
classes that cost multi-source merges. Every sentence is written for the test."""
from __future__ import annotations

from datetime import date

import pytest

from readout.lang.ko.sentences import kiwi
from tests.conftest import countries, events_of, names

DAY = date(2024, 11, 19)


@pytest.fixture(scope="module")
def korean():
    from readout.api import library_pipeline

    return library_pipeline().language("ko")


def tokens(text):
    return [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)]


def span(text, word):
    start = text.index(word)
    return start, start + len(word)


# --- subordinate clauses ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, word, expected", [
    ("북한이 12일 미사일을 발사한 뒤 양국은 14일 협의했다.", "12일", True),  # ~한 뒤: another moment
    ("북한이 12일 미사일을 발사한 뒤 양국은 14일 협의했다.", "14일", False),  # the main clause
    ("북한이 12일 도발할 경우 양국은 14일 협의한다.", "12일", True),  # ~할 경우: a condition
    ("북한이 12일 미사일을 쏘면 양국은 14일 협의한다.", "12일", True),  # ~면
    ("북한이 12일 미사일을 발사한 데 이어 14일 또 발사했다.", "12일", True),  # ~한 데 이어
    ("대표단이 12일 회의에 참석하기 위해 떠나자 양국은 14일 협의했다.", "12일", True),  # ~하기 위해: a purpose
    ("북한이 평양에서 미사일을 발사한 뒤 양국은 서울에서 협의했다.", "평양", True),
    ("북한이 평양에서 미사일을 발사한 뒤 양국은 서울에서 협의했다.", "서울", False),
    # right after the sentence's topic, a date is the main clause's adverbial, before any subordinate clause
    ("조 장관은 12일 회의에 참석하기 위해 출국했다.", "12일", False),
    # a relative clause is no subordinate clause: '리마에서 열린 회의' places the meeting held on its occasion
    ("조 장관은 12일 리마에서 열린 회의를 계기로 회담했다.", "리마", False),
    ("조 장관은 12일 리마에 도착해 14일 회담했다.", "12일", False),  # a coordinate clause
])
def test_a_subordinate_clause_is_read_from_its_ending(korean, text, word, expected):
    assert korean.subordinate(text, tokens(text), *span(text, word)) is expected


def test_a_subordinate_clause_gives_the_meeting_no_place(extract):
    a = extract("북한이 평양에서 미사일을 발사한 뒤 조태열 외교부 장관은 18일 토니 블링컨 미국 국무장관과 회담했다.",
                published=DAY)
    (e,) = events_of(a, "CONSULT")
    assert names(e) == {"Cho Tae-yul", "Antony Blinken"} and e.location is None


# --- meetings that refer back ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("이번 회담에서 양측은 북한 문제를 논의했다.", True),
    ("이날 회담은 서울에서 열렸다.", True),
    ("두 장관의 회담은 1시간 동안 진행됐다.", True),
    ("회담에서는 북한 문제가 다뤄졌다.", True),  # a meeting noun opening the sentence
    ("한편, 회담에서는 북한 문제가 다뤄졌다.", True),
    ("첫 회담은 다음 달 열린다.", False),  # a new meeting
    ("지난 회담에서 합의가 이뤄졌다.", False),  # an earlier one
    ("사무국의 회의는 다음 달 열린다.", False),  # owned by another body
    ("한미 외교장관 회담에서 양측은 논의했다.", False),  # named by its states
    ("조 장관은 18일 회담했다.", False),  # a verb has its own (dropped) subject
    ("회담 이후 양측은 성명을 냈다.", False),  # another moment
])
def test_a_meeting_noun_without_parties_refers_back(korean, text, expected):
    (trig, *_rest) = korean.meeting_triggers(text, tokens(text))
    assert korean.meeting_refers_back(text, trig) is expected


JOINT = "가미카와 요코 일본 외무상과 박진 외교부 장관, 토니 블링컨 미국 국무장관은 18일 북한의 탄도미사일 발사를 한목소리로 규탄했다. "
THREE = {"Park Jin", "Antony Blinken", "Yoko Kamikawa"}


@pytest.mark.parametrize("second", [
    "이번 회의는 북한이 16일 미사일을 발사한 직후 열렸다.",  # not the launch's day
    "세 장관은 회의에서 3국 협력 사무국 출범도 환영했다.",  # a group word for the three
    "회의에서는 3국 협력 사무국 출범도 논의됐다.",
])
def test_the_meeting_of_officials_named_together(extract, second):
    """Officials named together as one subject (the subject closes the run in Korean) are the parties of
    the meeting a following sentence names without parties, on the day their sentence gives."""
    (e,) = events_of(extract(JOINT + second, published=DAY), "CONSULT")
    assert names(e) == THREE and e.mode == "multilateral" and e.date == date(2024, 11, 18)


def test_a_new_meeting_does_not_refer_back(extract):
    a = extract(JOINT + "3국 협력 사무국의 첫 회의는 다음 달 열린다.", published=DAY)
    assert events_of(a, "CONSULT") == []


# --- states as parties -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, word, party, sector", [
    ("중국 대표단과 회담했다.", "중국", "중국 대표단", "GOV"),
    ("일본 정부 협상단은 회담했다.", "일본", "일본 정부 협상단", "GOV"),
    ("케냐 군 당국자들은 회담했다.", "케냐", "케냐 군 당국자들", "MIL"),  # the qualifier's sector
    ("케냐와 우간다 당국자들이 만났다.", "케냐", "케냐와 우간다 당국자들", "GOV"),  # across coordinated countries
    ("중국과 회담했다.", "중국", "중국", None),  # a country word with a case particle is its state
    ("러시아를 방문했다.", "러시아", "러시아", None),
    ("중국 미사일이 발사됐다.", "중국", None, None),  # a modifier of a thing
    ("중국의 경제가 나빠졌다.", "중국", None, None),
])
def test_a_country_word_names_its_state_as_a_party(korean, text, word, party, sector):
    found = korean.state_party(text, *span(text, word))
    assert (text[found[0]:found[1]] if found else None) == party
    assert (found[2] if found else None) == sector


@pytest.mark.parametrize("text, refs", [
    ("양국은 18일 회담했다.", [("양국", 2)]),
    ("한일 양국 외교당국은 18일 협의했다.", [("한일 양국 외교당국", 2)]),  # the phrase names its states
    ("세 나라 대표단이 만났다.", [("세 나라 대표단", 3)]),
    ("인도·파키스탄 당국자들이 만났다.", [("인도·파키스탄 당국자들", 2)]),  # a compound before a group
    ("양국 장관은 회담했다.", []),  # officials, a group word (group_refs_re)
])
def test_words_standing_for_states(korean, text, refs):
    assert [(text[a:b], n) for a, b, n in korean.state_references(text)] == refs


@pytest.mark.parametrize("text, expected", [
    ("대표단은 회담을 위해 제네바에 도착했다.", True),
    ("대표단은 회의 참석차 방한했다.", True),
    ("대표단은 회의에 참석하기 위해 출국했다.", True),
    ("대표단은 회담에서 입장을 밝혔다.", False),
])
def test_a_meeting_noun_as_the_purpose_of_a_journey(korean, text, expected):
    (trig, *_rest) = korean.meeting_triggers(text, tokens(text))
    assert korean.meeting_purpose(text, tokens(text), trig) is expected


@pytest.mark.parametrize("text, parties", [
    ("칠레 통상 대표단은 18일 하노이에서 베트남 관리들과 회담했다.", {"CHL", "VNM"}),
    ("케냐와 우간다 당국자들이 18일 캄팔라에서 만났다.", {"KEN", "UGA"}),
    ("케냐·우간다 당국자들이 18일 캄팔라에서 만났다.", {"KEN", "UGA"}),
    ("칠레·페루 양국 외교당국은 18일 리마에서 국장급 협의를 했다.", {"CHL", "PER"}),
    ("칠레와 페루는 지난해 대화를 재개했다. 양국 대표단은 18일 리마에서 회담했다.", {"CHL", "PER"}),
    ("칠레와 페루 협상단이 18일 회담을 위해 제네바에 도착했다.", {"CHL", "PER"}),
    ("에마뉘엘 마크롱 프랑스 대통령은 18일 파리에서 칠레 대표단을 접견했다.", {"FRA", "CHL"}),
    # an office that names nobody stands for its state ('Kenya's foreign minister met his Ugandan counterpart')
    ("케냐 외교장관은 18일 우간다 외교장관과 회담했다.", {"KEN", "UGA"}),
    ("페루 통상차관은 18일 이집트를 방문했다.", {"PER", "EGY"}),
])
def test_states_meet(extract, text, parties):
    (e,) = events_of(extract(text, published=date(2021, 3, 19)), "CONSULT")
    assert countries(e.participants) == parties and e.status == "occurred"


@pytest.mark.parametrize("text", [
    "칠레 미사일과 베트남 선박이 18일 해상에서 만났다.",  # things, not a state's people
    "케냐 관리들은 18일 예산을 논의하기 위해 만났다.",  # one state
    "칠레 관리들은 다음 달 베트남 외교관들과 회담할 예정이다.",  # a plan of unnamed parties
    "칠레와 페루, 볼리비아는 지난해 대화를 재개했다. 양국은 18일 리마에서 회담했다.",  # no known pair
    "양국 정부는 18일 리마에서 회담했다.",  # nobody named before
])
def test_no_state_meeting(extract, text):
    assert not [e for e in events_of(extract(text, published=date(2021, 3, 19)), "CONSULT")
                if any(p.kind == "country" for p in e.participants)]


def test_a_state_meeting_joins_the_named_meeting_of_its_states(extract):
    a = extract("앙겔라 메르켈 독일 총리는 18일 베를린에서 에마뉘엘 마크롱 프랑스 대통령과 회담했다. "
                "독일과 프랑스 당국자들도 통상 문제를 협의했다.", published=date(2019, 3, 19))
    (e,) = events_of(a, "CONSULT")
    assert all(p.kind == "person" for p in e.participants) and len(e.evidence) == 2


def test_the_sector_of_a_states_group(extract):
    (e,) = events_of(extract("케냐 군 당국자들은 18일 우간다 외교관들과 회담했다.", published=date(2021, 3, 19)), "CONSULT")
    assert {p.country: p.sector for p in e.participants} == {"KEN": "MIL", "UGA": "GOV"}


# --- guests, titles and 'instead of' (extraction misses that cost merges) ------------------------------------
@pytest.mark.parametrize("text, guests", [
    # '과/와' before a relative clause that only describes the next guest: both are received
    ("조 장관은 17일 블링컨 장관과 통화했다. 또 왕웨이 베이징대 교수와 국가안보회의 보좌관을 지낸 존 스미스 "
     "랜드연구소 선임연구원을 접견했다.", [{"Wang We-i"}, {"존 스미스"}]),
    ("조 장관은 17일 블링컨 장관과 통화했다. 또 왕웨이 베이징대 교수와 존 스미스 랜드연구소 선임연구원을 접견했다.",
     [{"Wang We-i"}, {"존 스미스"}]),
    # a relative verb that takes a 'with' party itself keeps it: only the one received
    ("조 장관은 17일 블링컨 장관과 통화했다. 또 왕웨이 베이징대 교수와 공동 연구를 진행한 존 스미스 "
     "랜드연구소 선임연구원을 접견했다.", [{"존 스미스"}]),
])
def test_both_guests_are_received(extract, text, guests):
    found = [names(e) - {"Cho Tae-yul"} for e in events_of(extract(text, published=DAY), "CONSULT")
             if "Antony Blinken" not in names(e)]
    assert sorted(found, key=sorted) == sorted(guests, key=sorted)


@pytest.mark.parametrize("guest, name", [
    ("마쓰모토 히사시 일본 외무성 부대신을", "Hisashi Matsumoto"),  # the kana table's one reading
    ("쑨웨이둥 중국 외교부 부부장을", "Sun Weidong"),  # a Chinese name kiwi reads as a common noun here
    ("눙룽 중국 외교부 부부장과", "눙룽"),  # 룽: long or rong, so the Hangul form
    ("케빈 김 미 국무부 동아태 수석부차관보와", "케빈 김"),
    ("존 커비 미국 대통령 특사를", "존 커비"),
    ("마이클 스미스 유럽연합 대표를", "마이클 스미스"),
])
def test_a_deputy_envoy_or_representative_is_a_party(extract, guest, name):
    verb = "접견했다" if guest.endswith(("을", "를")) else "회담했다"
    (e,) = events_of(extract(f"조태열 외교부 장관은 18일 서울에서 {guest} {verb}.", published=DAY), "CONSULT")
    assert names(e) == {"Cho Tae-yul", name}


@pytest.mark.parametrize("text", [
    "이와야 다케시 일본 외무상 대신 마쓰모토 히사시 부대신이 18일 서울에서 조태열 외교부 장관과 회담했다.",
    "조태열 외교부 장관은 18일 서울에서 이와야 다케시 외무상 대신 참석한 마쓰모토 히사시 부대신과 회담했다.",
])
def test_the_one_replaced_is_no_party(extract, text):
    """'A 대신 B': B came instead of A; 대신 alone is 'instead of', never a title (외무대신, 부대신 are)."""
    (e,) = events_of(extract(text, published=DAY), "CONSULT")
    assert names(e) == {"Cho Tae-yul", "마쓰모토 히사시"}


@pytest.mark.parametrize("text, meetings", [
    ("칠레와 페루 양국은 정례적으로 돌아가며 국장급 협의를 열어왔다.", 0),  # a practice, not one meeting
    ("칠레와 페루 양국은 2019년부터 외교장관 회담을 가져왔다.", 0),  # the continuative -아/어 오다
    ("칠레와 페루 양국은 18일 리마에서 외교장관 회담을 가졌다.", 1),
])
def test_a_habitual_meeting_is_no_event(extract, text, meetings):
    assert len(events_of(extract(text, published=date(2021, 3, 19)), "CONSULT")) == meetings


@pytest.mark.parametrize("text, meetings", [
    ("칠레 외교차관은 18일 리마에서 페루 외교부 사무차관과 전략대화를 가졌다.", 1),  # a named kind of meeting
    ("칠레 외교차관은 18일 북한의 대화 복귀를 촉구했다.", 0),  # dialogue in general
])
def test_a_strategic_dialogue_is_a_meeting(extract, text, meetings):
    assert len(events_of(extract(text, published=date(2021, 3, 19)), "CONSULT")) == meetings


@pytest.mark.parametrize("text, pairs", [
    # the head noun of a relative clause is its missing subject; the sentence's topic is not
    ("조 장관은 18일 블링컨 장관을 만난 왕이 부장과 통화했다.",
     [{"Wang Yi", "Antony Blinken"}, {"Cho Tae-yul", "Wang Yi"}]),
    # with a subject of its own, the head noun is the one met
    ("조태열 장관이 18일 만난 토니 블링컨 국무장관은 북한 문제를 언급했다.", [{"Cho Tae-yul", "Antony Blinken"}]),
    # a setting noun after the relative clause leaves the topic as its subject
    ("조 장관은 18일 블링컨 장관과 회담한 자리에서 북한 문제를 논의했다.", [{"Cho Tae-yul", "Antony Blinken"}]),
    # '왕이 부장과': a short title after a name carries the chain's particle
    ("조 장관은 18일 중국을 방문한 자리에서 왕이 부장과 회담했다.", [{"Cho Tae-yul", "Wang Yi"}]),
])
def test_the_head_of_a_relative_meeting_clause(extract, text, pairs):
    found = [names(e) for e in events_of(extract(text, published=DAY), "CONSULT")]
    assert sorted(found, key=sorted) == sorted(pairs, key=sorted)


def test_the_topic_did_not_visit_in_a_relative_clause(extract):
    a = extract("미국은 중국을 방문한 러시아 대표단의 행보를 주시하고 있다.", published=DAY)
    assert not [e for e in events_of(a, "CONSULT") if "USA" in countries(e.participants)]


@pytest.mark.parametrize("second, place", [
    ("이번 회담은 서울 종로구 외교부 청사에서 열렸다.", "Seoul"),  # three words between the city and 에서
    ("회담은 부산에서 열렸다.", "Busan"),
])
def test_a_meeting_referred_back_to_gets_its_place(extract, second, place):
    a = extract("조태열 외교부 장관은 18일 토니 블링컨 미국 국무장관과 회담했다. " + second, published=DAY)
    (e,) = events_of(a, "CONSULT")
    assert names(e) == {"Cho Tae-yul", "Antony Blinken"} and e.location.name == place


def test_a_planned_meeting_is_not_dated_by_the_officials_sentence(extract):
    """'이번 회의는 다음 달 열릴 예정이다': a plan does not refer back to a meeting on the joint sentence's day."""
    a = extract(JOINT + "이번 회의는 다음 달 서울에서 열릴 예정이다.", published=DAY)
    assert not [e for e in events_of(a, "CONSULT") if e.date == date(2024, 11, 18)]


@pytest.mark.parametrize("text, parties, status", [
    # a meeting noun named by its states' compound, the subject of its own verb after a date, place or reason
    ("칠레·페루 정상회담이 18일 리마에서 열렸다.", {"CHL", "PER"}, "occurred"),
    ("케냐·우간다 외교장관회담은 양측 일정 문제로 무산됐다.", {"KEN", "UGA"}, "cancelled"),
    # the parties owning a meeting noun that is the subject of its own verb
    ("윤석열 대통령과 기시다 후미오 총리의 회담은 18일 오후 진행됐다.", {"KOR", "JPN"}, "occurred"),
    # an envoy's title written onto the country's name: the envoy's state
    ("한덕수 국무총리는 18일 주한 케냐대사를 접견했다.", {"KOR", "KEN"}, "occurred"),
])
def test_a_meeting_noun_as_the_subject_of_its_own_verb(extract, text, parties, status):
    found = [e for e in events_of(extract(text, published=date(2024, 3, 19)), "CONSULT") if e.status == status]
    assert [{p.country for p in e.participants} for e in found] == [parties]


@pytest.mark.parametrize("text", [
    "정부는 칠레·페루 정상회담에서 무역 문제가 논의됐다고 밝혔다.",  # the scene of another clause
    "칠레 정부는 페루와의 회담이 필요하다고 밝혔다.",  # a meeting noun with no verb holding it
])
def test_a_meeting_noun_not_held_by_its_verb(extract, text):
    assert not [e for e in events_of(extract(text, published=date(2024, 3, 19)), "CONSULT")
                if e.status == "occurred" and any(p.kind == "country" for p in e.participants)]


@pytest.mark.parametrize("text, parties, place", [
    # North Korean media: the honorific 동지 carries the name's particle, 상봉 is a meeting, -시였다 is past
    ("김정은 동지께서는 18일 평양에서 라오스 국가주석과 회담을 진행하시였다.", {"PRK", "LAO"}, "Pyongyang"),
    ("김정은 국무위원장은 18일 알렉산드르 루카셴코 대통령과 상봉하였다.", {"PRK", "BLR"}, None),
    ("김정은 동지께서는 18일 시진핑 동지와 상봉하시였다.", {"PRK", "CHN"}, None),
])
def test_north_korean_media_meetings(extract, text, parties, place):
    (e,) = events_of(extract(text, published=date(2025, 9, 19)), "CONSULT")
    assert countries(e.participants) == parties and str(e.date) == "2025-09-18"
    assert (e.location.name if e.location else None) == place


def test_a_family_reunion_is_no_meeting_of_states(extract):
    assert not events_of(extract("남북 이산가족들이 18일 금강산에서 상봉했다.", published=date(2025, 9, 19)), "CONSULT")


@pytest.mark.parametrize("text, parties, status", [
    # the meeting word is the subject and its clause's far predicate calls it off
    ("칠레·페루 정상회담은 페루 대통령의 건강 문제 때문에 다음 달로 연기됐다.", {"CHL", "PER"}, "cancelled"),
    ("칠레·페루 외교장관 회담은 산티아고의 폭설 때문에 결국 취소됐다.", {"CHL", "PER"}, "cancelled"),
    ("칠레·페루 정상회담은 18일 리마 대통령궁에서 예정대로 열렸다.", {"CHL", "PER"}, "occurred"),
])
def test_a_meeting_called_off_by_its_clauses_predicate(extract, text, parties, status):
    (e,) = events_of(extract(text, published=date(2021, 3, 19)), "CONSULT")
    assert countries(e.participants) == parties and e.status == status


@pytest.mark.parametrize("text, parties", [
    ("남북 군사당국은 18일 판문점에서 장성급 회담을 열었다.", {"KOR", "PRK"}),  # 남북 licensed by its head noun
    ("남북 정상은 18일 판문점에서 만났다.", {"KOR", "PRK"}),
    ("칠레 국회 의원단은 18일 리마에서 페루 총리를 예방했다.", {"CHL", "PER"}),  # a legislature's delegation
    ("칠레 여야 의원들은 18일 리마에서 페루 외교장관과 면담했다.", {"CHL", "PER"}),
    # the president's envoys: a person in the genitive is no party and leaves his state to them
    ("칠레 특사단은 18일 리마에서 페루 총리를 예방하고 가브리엘 보리치 칠레 대통령의 친서를 전달했다.", {"CHL", "PER"}),
])
def test_more_groups_standing_for_their_states(extract, text, parties):
    (e,) = events_of(extract(text, published=date(2023, 3, 19)), "CONSULT")
    assert countries(e.participants) == parties


def test_south_america_is_no_compound_of_the_koreas(extract):
    assert not events_of(extract("남미 정상들은 18일 브라질리아에서 만났다.", published=date(2023, 3, 19)), "CONSULT")


@pytest.mark.parametrize("text, parties", [
    ("홍길동 국회의장은 18일 서울에서 페루 외교장관과 회담했다.", {"KOR", "PER"}),  # 국회의장 alone: Korea's
    ("호세 페레스 페루 국회의장은 18일 리마에서 홍길동 국회의장과 회담했다.", {"KOR", "PER"}),  # a state names its own
])
def test_the_speaker_of_the_national_assembly_is_korean_unless_a_state_is_named(extract, text, parties):
    (e,) = events_of(extract(text, published=date(2023, 3, 19)), "CONSULT")
    assert countries(e.participants) == parties


@pytest.mark.parametrize("text, parties, status, day", [
    # '지난'/'오는' before a day is a date's prefix, not a relative clause ending after the meeting's subject
    ("칠레·페루 정상회담이 지난 15일 리마에서 열렸다.", {"CHL", "PER"}, "occurred", date(2023, 3, 15)),
    ("칠레·페루 외교장관회담이 지난 화요일 리마에서 열렸다.", {"CHL", "PER"}, "occurred", date(2023, 3, 14)),
    ("칠레·페루 정상회담이 오는 25일 리마에서 열릴 예정이다.", {"CHL", "PER"}, "planned", date(2023, 3, 25)),
    # the verb before a plan noun is the meeting's own: '회담은 23일 열릴 예정이다'
    ("가브리엘 보리치 칠레 대통령과 디나 볼루아르테 페루 대통령의 회담은 23일 열릴 예정이다.", {"CHL", "PER"},
     "planned",
     date(2023, 3, 23)),
])
def test_a_meeting_subject_before_a_dated_verb(extract, text, parties, status, day):
    (e,) = events_of(extract(text, published=date(2023, 3, 19)), "CONSULT")
    assert (countries(e.participants), e.status, e.date) == (parties, status, day)


@pytest.mark.parametrize("text, people", [
    ("조현·바데풀 첫 통화…'관계 발전' 공감", {"Cho Hyun", "Johann Wadephul"}),  # a headline: names joined by a dot
    ("조현ㆍ타야니 로마서 전격 회담", {"Cho Hyun", "Antonio Tajani"}),
])
def test_a_headlines_names_joined_by_a_dot_hold_the_meeting(extract, text, people):
    (e,) = events_of(extract(text, published=date(2025, 9, 19)), "CONSULT")
    assert names(e) == people


@pytest.mark.parametrize("text, parties", [
    # the host receives a call: the owner of the meeting noun under 받다 is the other party
    ("가브리엘 보리치 칠레 대통령은 18일 산티아고에서 페루 외교장관의 예방을 받았다.", {"CHL", "PER"}),
    ("칠레 외교장관은 18일 방한한 페루 총리의 방문을 받고 협력 방안을 논의했다.", {"CHL", "PER"}),
])
def test_a_call_received(extract, text, parties):
    (e,) = [e for e in events_of(extract(text, published=date(2023, 3, 19)), "CONSULT") if len(e.participants) > 1
            and "KOR" not in countries(e.participants)]
    assert countries(e.participants) == parties


@pytest.mark.parametrize("text, meetings", [
    ("칠레 대통령은 18일 밤 페루 대통령과 전화로 대화를 나눴다.", 1),  # a talk with someone is a meeting
    ("칠레 대통령은 만찬장에서 페루 대통령과 환담을 나눴다.", 1),  # so is a chat at a reception
    ("칠레 정부는 페루와의 대화를 재개하기를 원한다.", 0),  # dialogue as a policy is none
])
def test_a_talk_or_a_chat_shared_is_a_meeting(extract, text, meetings):
    assert len(events_of(extract(text, published=date(2023, 3, 19)), "CONSULT")) == meetings


@pytest.mark.parametrize("text, word, office", [
    ("한미 국방장관회담이 열렸다.", "회담", "defense_minister"),
    ("한·미·일 외교장관 회의가 열렸다.", "회의", "foreign_minister"),
    ("한중 정상회담을 가졌다.", "정상회담", "leader"),
    ("양국은 실무 회담을 가졌다.", "회담", None),  # no office before the meeting noun
])
def test_a_meeting_word_names_the_office_of_its_parties(korean, text, word, office):
    start, end = span(text, word)
    assert korean.meeting_office(text, start, end) == office


@pytest.mark.parametrize("text, word, mode", [
    ("장관은 외교부 청사에서 화상회의 형식으로 상대 장관과 회담했다.", "회담했", "phone"),
    ("총리는 집무실에서 비대면 방식으로 상대 총리와 회담했다.", "회담했", "phone"),
    ("장관은 외교부 청사에서 상대 장관과 회담했다.", "회담했", None),
])
def test_a_remote_manner_in_the_clause_makes_a_meeting_remote(korean, text, word, mode):
    start, _end = span(text, word)
    found = [t for t in korean.meeting_triggers(text, tokens(text)) if t.start == start]
    assert found and found[0].mode == mode


@pytest.mark.parametrize("text, word, status", [
    ("정부는 정상회담 개최를 추진하고 있다.", "정상회담", "planned"),
    ("양국은 회담 일정을 조율 중이다.", "회담", "planned"),
    ("양국은 정상회담을 추진하고 있다.", "정상회담", "planned"),
    ("양국은 회담 일정을 논의했다.", "회담", "planned"),
    ("양국은 회담에서 방한 일정을 조율했다.", "회담", "occurred"),  # the scene of the arranging
])
def test_a_meeting_being_arranged_is_a_planned_predicate(korean, text, word, status):
    start, _end = span(text, word)
    found = [t for t in korean.meeting_triggers(text, tokens(text)) if t.start == start]
    assert found and found[0].status == status
    assert found[0].kind == ("predicate" if status == "planned" else "setting")
