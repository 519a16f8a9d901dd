"""One table per class of error the whole articles of `tests/lang/ko/test_news_articles.py` showed, each row a short
text of our own (several sentences where the class is about a document), run through the whole pipeline: the meeting
it states (states of its parties, day, status, place) or none.

Classes: a day moved from the report's by a word ('전날') beats the report's own day a headline took; a quote that
closes a plan ('예정"이라고') still closes it; a week ahead ('다음 주') makes a meeting planned; a visit as the scene
('방한 기간') takes the status of its clause's meeting predicate; negotiation words (협상에 나섰다, 담판을 벌였다);
'놓고/두고' close no clause; a city travelled to (로 이동해); a party's delegation ('라오스 인민혁명당 대표단') and a
delegation named by its noun alone; an international body in session ('안보리가 긴급회의를 열었다'); a dateline
abroad; a tour (순방) is no meeting of its states; a later sentence dates a meeting its report dated; a phone word
beyond a headline's '…'; seats of government.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import class_rows

PUB = date(2025, 9, 24)  # a Wednesday: 전날 is the 23rd, 다음 주 화요일 the 30th


def meetings(text: str, published: date = PUB) -> list[tuple]:
    from readout.api import extract_text

    return [(e.status, frozenset(p.country for p in e.participants if p.country), e.date,
             e.location.name if e.location else None)
            for e in extract_text(text, "class.txt", published).events if e.type == "CONSULT"]


def one(text: str, status: str, codes: str, day: date | None = None, place: str | None = None):
    found = meetings(text)
    want = frozenset(codes.split())
    ok = [m for m in found if m[0] == status and m[1] == want and (day is None or m[2] == day)
          and (place is None or (m[3] or "").find(place) >= 0)]
    assert ok, found
    return found


# a headline's undated meeting is the body's, dated by a word that moves the report's day
SHIFTED = [
    ("조현 장관, 日 외무상과 통화\n조현 외교부 장관은 전날 이와야 다케시 일본 외무상과 통화했다고 외교부가 24일 밝혔다.",
     "KOR JPN", date(2025, 9, 23)),
    ("조현 장관, 리창 총리와 통화\n조현 외교부 장관은 그제 리창 중국 총리와 전화 통화를 했다.", "KOR CHN", date(2025, 9, 22)),
    ("Cho, Wang hold phone talks\nSEOUL -- Foreign Minister Cho Hyun held phone talks with Chinese Foreign Minister "
     "Wang Yi yesterday.", "KOR CHN", date(2025, 9, 23)),
]


@pytest.mark.parametrize("text, codes, day", SHIFTED)
def test_a_day_moved_from_the_report_dates_the_headline_meeting(text, codes, day):
    found = one(text, "occurred", codes, day)
    assert len(found) == 1, found


# a plan closed by a quote, a week ahead, a scene word with a planned predicate: planned
PLANNED = [
    ("대변인은 \"조현 장관은 다음 주 화요일 리창 총리와 회담하고 만찬을 할 예정\"이라고 말했다.", "KOR CHN",
     date(2025, 9, 30)),
    ("대변인은 \"조현 장관은 이날 오후 리창 총리와 회담하고 만찬을 함께할 예정\"이라고 말했다.", "KOR CHN", PUB),
    ("대통령실은 '이재명 대통령이 방한하는 호주 총리와 회담하고 공동 회견을 열 계획'이라고 밝혔다.", "KOR AUS", None),
    ("이 대통령, 다음 주 호주 총리와 정상회담", "KOR AUS", None),
    ("조현 외교부 장관은 다음 주 도쿄에서 일본 외무상과 회담한다.", "KOR JPN", None),
    ("호주 총리는 방한 기간 우원식 국회의장과도 면담할 계획이다.", "AUS KOR", None),
    ("리창 총리는 방한 중 조현 장관과 만날 예정이다.", "CHN KOR", None),
]


@pytest.mark.parametrize("text, codes, day", PLANNED)
def test_a_plan_is_read_as_planned(text, codes, day):
    found = one(text, "planned", codes, day)
    assert not [m for m in found if m[0] == "occurred"], found


HELD = [  # the same words about a meeting held stay held
    ("대변인은 \"조현 장관은 지난주 리창 총리와 회담했다\"고 말했다.", "KOR CHN"),
    ("호주 총리는 방한 기간 우원식 국회의장과 면담했다.", "AUS KOR"),
    ("조현 장관, 지난주 日 외무상과 회담", "KOR JPN"),
]


@pytest.mark.parametrize("text, codes", HELD)
def test_a_meeting_held_stays_held(text, codes):
    one(text, "occurred", codes)


# negotiation words: '협상에 나섰다', '담판을 벌였다/지었다', '협상했다' are meetings; '협상 결과', '협상에 속도' are not
NEGOTIATIONS = [
    ("조현 외교부 장관은 23일 미국 측과 관세 협상에 나섰다.", "KOR USA"),
    ("이재명 대통령은 23일 다카이치 총리와 담판을 벌였다.", "KOR JPN"),
    ("한국과 일본 대표단은 23일 도쿄에서 어업 협상에 들어갔다.", "KOR JPN"),
    ("여한구 통상교섭본부장은 23일 제이미슨 그리어 미국 무역대표부 대표와 협상했다.", "KOR USA"),
    # a topic phrase before -고 ('놓고', '두고', '둘러싸고') belongs to the clause after it
    ("이재명 대통령은 23일 다카이치 총리와 관세 문제를 놓고 담판을 지었다.", "KOR JPN"),
    ("조현 장관은 23일 북핵 문제를 두고 리창 중국 총리와 협의했다.", "KOR CHN"),
]


@pytest.mark.parametrize("text, codes", NEGOTIATIONS)
def test_negotiations_are_meetings(text, codes):
    one(text, "occurred", codes, date(2025, 9, 23))


# a city travelled to ('X로 이동해', '건너가') places the meeting after it
@pytest.mark.parametrize("text, codes, place", [
    ("조현 장관은 23일 뉴욕으로 건너가 헤그세스 국방장관과 만났다.", "KOR USA", "New York"),
    ("이재명 대통령은 23일 타슈켄트로 이동해 우즈베키스탄 대통령과 회담했다.", "KOR UZB", "Tashkent"),
])
def test_a_city_travelled_to_is_the_place(text, codes, place):
    one(text, "occurred", codes, place=place)


# a party's name between the country and the group noun: the state's delegation
@pytest.mark.parametrize("text, codes", [
    ("김정은 국무위원장은 23일 평양을 방문한 라오스 인민혁명당 대표단을 접견했다.", "PRK LAO"),
    ("시진핑 주석은 23일 베이징에서 베트남 공산당 대표단을 만났다.", "CHN VNM"),
])
def test_a_party_delegation_is_its_state(text, codes):
    one(text, "occurred", codes)


# an international body holding its own session: a multilateral meeting whose one party is the body
@pytest.mark.parametrize("text", [
    "(뉴욕=연합뉴스) 유엔 안전보장이사회가 23일(현지시간) 북한의 미사일 발사와 관련해 긴급회의를 열었다.",
    "유엔 안보리는 23일 긴급회의를 소집했다.",
])
def test_a_body_in_session_is_a_meeting(text):
    found = one(text, "occurred", "UNO", date(2025, 9, 23))
    assert len(found) == 1, found


NO_MEETING = {
    "negotiation_nouns_alone_are_no_meeting": [
        "관세 협상 결과가 23일 발표됐다.",
        "정부는 미국과의 관세 협상에 속도를 내고 있다.",
        "협상 타결 소식에 증시가 올랐다.",
    ],
    "a_state_alone_in_session_is_no_meeting": ["중국은 23일 회의를 열었다.", "러시아 정부는 23일 긴급회의를 소집했다."],
}


@pytest.mark.parametrize("text", class_rows(NO_MEETING))
def test_no_meeting_is_read(text):
    assert not meetings(text)


# a dateline abroad places a recent meeting held there; a home dateline does not, nor a call or a past month
DATELINES = [
    ("(뉴욕=연합뉴스) 조현 외교부 장관은 23일 페니 웡 호주 외교장관과 회담했다.", "KOR AUS", "New York"),
    ("【도쿄=뉴시스】 조현 외교부 장관은 23일 이와야 다케시 일본 외무상과 회담했다.", "KOR JPN", "Tokyo"),
    ("(평양=조선중앙통신) 김정은 국무위원장은 23일 쇼이구 러시아 안보회의 서기를 접견했다.", "PRK RUS", "Pyongyang"),
    ("(서울=연합뉴스) 조현 외교부 장관은 23일 페니 웡 호주 외교장관과 회담했다.", "KOR AUS", None),
    ("(뉴욕=연합뉴스) 조현 외교부 장관은 23일 페니 웡 호주 외교장관과 통화했다.", "KOR AUS", None),
    ("(뉴욕=연합뉴스) 조현 외교부 장관은 지난 7월 페니 웡 호주 외교장관과 회담했다.", "KOR AUS", None),
]


@pytest.mark.parametrize("text, codes, place", DATELINES)
def test_a_dateline_abroad_places_a_meeting_held_there(text, codes, place):
    found = one(text, "occurred", codes)
    assert [m[3] for m in found if m[1] == frozenset(codes.split())] == [place], found


# a delegation named by its noun alone is the one state's delegation named before, never the story's person
DELEGATIONS = [
    ("김정은 국무위원장은 22일 평양을 방문한 라오스 인민혁명당 대표단을 접견했다.\n"
     "대표단은 23일 최룡해 최고인민회의 상임위원회 위원장과 회담했다.", "PRK LAO", date(2025, 9, 23)),
    ("조현 외교부 장관은 22일 베트남 정부 대표단과 만났다.\n대표단은 23일 정동영 통일부 장관을 예방했다.",
     "KOR VNM", date(2025, 9, 23)),
]


@pytest.mark.parametrize("text, codes, day", DELEGATIONS)
def test_a_bare_delegation_is_the_one_named_before(text, codes, day):
    found = one(text, "occurred", codes, day)
    assert all(len(m[1]) > 1 for m in found), found  # never the story's person with the host alone


# a tour (순방) is several visits, never one meeting of every state it names; its meetings are read one by one
def test_a_tour_is_no_meeting_of_its_states():
    assert not meetings("이재명 대통령은 21일부터 베트남과 태국, 말레이시아를 순방했다.")
    assert not meetings("이재명 대통령은 23일 아세안 3개국 순방길에 올랐다.")


@pytest.mark.parametrize("text, codes, place", [
    ("동남아를 순방 중인 이재명 대통령은 23일 하노이에서 르엉 끄엉 베트남 국가주석과 회담했다.", "KOR VNM", "Hanoi"),
    ("이재명 대통령은 순방 첫날인 23일 아스타나에서 카자흐스탄 대통령과 정상회담을 가졌다.", "KOR KAZ", "Astana"),
])
def test_a_meeting_on_a_tour_is_its_own(text, codes, place):
    found = one(text, "occurred", codes, date(2025, 9, 23), place)
    assert all(len(m[1]) == 2 for m in found), found


def test_a_tour_planned_meets_each_host_apart():
    found = meetings("이재명 대통령은 순방 기간 베트남과 태국 정상과 잇달아 회담할 예정이다.")
    assert sorted(sorted(m[1]) for m in found) == [["KOR", "THA"], ["KOR", "VNM"]], found
    assert {m[0] for m in found} == {"planned"}, found


# a meeting dated only by its report ('회담했다고 통신이 24일 보도했다') takes the day a later sentence about it states
@pytest.mark.parametrize("text, codes, day", [
    ("최선희 북한 외무상이 쇼이구 러시아 안보회의 서기와 회담했다고 조선중앙통신이 24일 보도했다.\n"
     "통신에 따르면 두 장관은 22일 회담에서 협력 방안을 논의했다.", "PRK RUS", date(2025, 9, 22)),
    ("조현 외교부 장관이 리창 중국 총리와 회담했다고 외교부가 24일 밝혔다.\n"
     "양 장관은 23일 회담에서 한반도 정세를 논의했다.", "KOR CHN", date(2025, 9, 23)),
])
def test_a_later_sentence_dates_a_meeting_its_report_dated(text, codes, day):
    found = one(text, "occurred", codes, day)
    assert len([m for m in found if m[0] == "occurred"]) == 1, found


def test_a_later_day_does_not_redate_a_stated_meeting():
    found = meetings("조현 외교부 장관은 23일 리창 중국 총리와 회담했다.\n양 장관은 24일 회담에서 협력을 논의했다.")
    assert (date(2025, 9, 23)) in [m[2] for m in found], found


# a phone word belongs to its own meeting: a headline's next meeting after '…' is held in person
@pytest.mark.parametrize("text, codes, place", [
    ("이시바 총리, 트럼프와 전화 회담…앨버니지와는 정상회담\n"
     "이시바 시게루 일본 총리는 23일 총리관저에서 앤서니 앨버니지 호주 총리와 정상회담을 가졌다.", "JPN AUS", "Tokyo"),
    ("조현 장관, 리창과 통화…헤그세스와는 회담\n조현 외교부 장관은 23일 백악관에서 피트 헤그세스 국방장관과 회담했다.",
     "KOR USA", "Washington"),
])
def test_a_headline_call_does_not_make_the_next_meeting_a_call(text, codes, place):
    found = one(text, "occurred", codes, date(2025, 9, 23), place)
    assert len([m for m in found if m[1] == frozenset(codes.split())]) == 1, found


# seats of government in Korean news: the Japanese prime minister's residence, Beijing's state guesthouse
@pytest.mark.parametrize("text, codes, place", [
    ("이시바 시게루 일본 총리는 23일 총리관저에서 앤서니 앨버니지 호주 총리와 회담했다.", "JPN AUS", "Tokyo"),
    ("조현 외교부 장관은 23일 조어대 국빈관에서 리창 중국 총리와 회담했다.", "KOR CHN", "Beijing"),
])
def test_a_seat_of_government_names_its_city(text, codes, place):
    one(text, "occurred", codes, date(2025, 9, 23), place)


# a headline's '…' ends a word and a clause: the title after it opens the next clause, it names no one with the act
# word before it ('규탄…대사' is no ambassador's title), and a meeting's partner after it is the next meeting's
@pytest.mark.parametrize("text, actor, target", [
    ("칠레, 페루 규탄…대사 초치", "CHL", "PER"),
    ("태국, 캄보디아 비난…대사 소환", "THA", "KHM"),
    ("케냐 정부, 탄자니아 규탄…외교장관 긴급 회견", "KEN", "TZA"),
])
def test_a_headline_ellipsis_ends_the_act_word_before_a_title(text, actor, target):
    from readout.api import extract_text

    found = [(e.type, {p.country for p in e.participants}, {p.country for p in e.recipients})
             for e in extract_text(text, "class.txt", PUB).events]
    assert ("ACCUSE", {actor}, {target}) in found, found


def test_an_ellipsis_keeps_a_headline_meeting_and_its_outcome():
    found = meetings("칠레·페루 외교장관 회담…국경 협력 강화 합의")
    assert [m for m in found if m[1] == frozenset({"CHL", "PER"})], found
