"""Who did what to whom is read from each trigger's own clause (issue 13), in both languages. Each row
is a sentence we wrote for one rule: the participants a meeting word's clause gives, the names it must
leave out, and the sides of an act."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import events_of, names

DAY = date(2024, 11, 15)


@pytest.mark.parametrize("text, meetings", [
    # subject + 'with' party, Korean particles and English prepositions
    ("조태열 외교부 장관은 14일 베이징에서 왕이 외교부장과 회담을 갖고 양국 관계를 논의했다.",
     [{"Cho Tae-yul", "Wang Yi"}]),
    ("South Korean Foreign Minister Cho Tae-yul met U.S. Secretary of State Antony Blinken on Tuesday.",
     [{"Antony Blinken", "Cho Tae-yul"}]),
    # a list closed by one particle, or by 'and', is one multilateral meeting
    ("조태열 장관과 블링컨 국무장관, 이와야 외무상은 15일 리마에서 만나 북한 문제를 논의했다.",
     [{"Antony Blinken", "Cho Tae-yul", "Takeshi Iwaya"}]),
    ("Antony Blinken, Cho Tae-yul and Takeshi Iwaya held trilateral talks in Lima on Friday.",
     [{"Antony Blinken", "Cho Tae-yul", "Takeshi Iwaya"}]),
    # a person in another clause is not a participant: another event gets its own parties
    ("Cho Tae-yul met Antony Blinken on Tuesday, a week before President Yoon Suk Yeol's summit with Joe Biden.",
     [{"Antony Blinken", "Cho Tae-yul"}, {"Joe Biden", "Yoon Suk Yeol"}]),
    # attendees are not principals
    ("Cho Tae-yul held talks with Antony Blinken in Seoul, accompanied by Kim Gunn.",
     [{"Antony Blinken", "Cho Tae-yul"}]),
    ("이날 회담에는 김건 본부장과 정박 대북고위관리가 배석했다.", []),
    # a name that modifies a noun, or a possessive, names no participant
    ("조태열 장관은 윤석열 정부 출범 이후 첫 회담이라고 강조했다.", []),
    ("He welcomed Minister Cho's visit to Washington.", []),
])
def test_meeting_participants_come_from_the_clause(extract, text, meetings):
    got = [names(e) for e in events_of(extract(text, published=DAY), "CONSULT")]
    assert sorted(map(sorted, got)) == sorted(map(sorted, meetings))


@pytest.mark.parametrize("text, mode, place", [
    ("Cho Tae-yul spoke by phone with Antony Blinken on Tuesday.", "phone", None),  # a call has no place
    ("조태열 외교부 장관은 14일 베이징에서 왕이 외교부장과 회담했다.", None, "Beijing"),
    ("South Korean Foreign Minister Cho Tae-yul met U.S. Secretary of State Antony Blinken in Washington on "
     "Tuesday.", None, "Washington"),
])
def test_mode_and_place_of_the_meeting_clause(extract, text, mode, place):
    (event,) = events_of(extract(text, published=DAY), "CONSULT")
    assert event.mode == mode and (event.location.name if event.location else None) == place


@pytest.mark.parametrize("text, kind, actors, recipients", [
    ("The United States urged North Korea to stop its missile launches.", "REQUEST", {"USA"}, {"PRK"}),
    ("미국은 북한에 대한 독자 제재를 부과했다.", "SANCTION", {"USA"}, {"PRK"}),
    ("정부는 북한의 탄도미사일 발사를 강력히 규탄했다.", "ACCUSE", {"KOR"}, {"PRK"}),
    # a joint subject acts together; the launch noun belongs to its owner
    ("조태열 장관과 블링컨 국무장관은 북한의 미사일 발사를 규탄했다.", "ACCUSE", {"KOR", "USA"}, {"PRK"}),
    ("Blinken and Cho condemned the DPRK's latest launch of ballistic missiles.", "MOBILIZE", {"PRK"}, set()),
])
def test_act_sides_come_from_the_act_clause(extract, text, kind, actors, recipients):
    found = [e for e in events_of(extract(text, published=DAY), kind)]
    assert found, text
    assert {p.country for p in found[0].participants} == actors
    assert {r.country for r in found[0].recipients} == recipients


@pytest.mark.parametrize("text", [
    "The resolutions that ban arms sales to North Korea remain in force.",  # a relative clause
    "The United States urged North Korea to stop its missile launches.",  # what is asked is no act of its own
])
def test_not_acts(extract, text):
    assert not [e for e in extract(text, published=DAY).events if e.type in ("SANCTION", "RETREAT")]


def test_a_background_date_never_dates_the_story(extract):
    article = extract("북한은 지난 5월 3일 이후 처음으로 미사일을 발사했다.", published=DAY)
    (launch,) = events_of(article, "MOBILIZE")
    assert launch.date == DAY and launch.date_basis == "published"


def test_the_next_day_follows_the_date_its_sentence_gives(extract):
    article = extract("지난달 3일 임명된 조태열 장관은 이튿날 왕이 외교부장과 유선으로 상견례를 했다.", published=DAY)
    (call,) = events_of(article, "CONSULT")
    assert call.date == date(2024, 10, 4) and call.mode == "phone"


def test_an_office_group_names_every_state_holder(extract):
    article = extract("한미일 외교장관은 공동성명을 발표했다.", published=DAY)
    (agree,) = events_of(article, "AGREE")
    assert {p.country for p in agree.participants} == {"KOR", "USA", "JPN"}


def test_a_visit_word_names_the_host_of_an_unplaced_meeting(extract):
    article = extract("조태열 외교부 장관은 6일 블링컨 국무장관과 회담했다.\n블링컨 장관은 이틀간의 방한을 끝내고 필리핀으로 떠났다.",
                      published=DAY)
    (meeting,) = events_of(article, "CONSULT")
    assert meeting.location is not None and meeting.location.country == "KOR"


def test_a_launch_on_two_named_days_is_two_events(extract):
    article = extract("북한은 2일과 3일 탄도미사일을 발사했다.", published=DAY)
    assert sorted(e.date for e in events_of(article, "MOBILIZE")) == [date(2024, 11, 2), date(2024, 11, 3)]


def test_a_meeting_named_by_its_states_has_their_officials_as_parties(extract):
    article = extract("노규덕 외교부 한반도평화교섭본부장과 성김 미국 국무부 대북특별대표, 후나코시 다케히로 일본 외무성 국장이 "
                      "3일 도쿄에서 열린 한미일 북핵 협의에 앞서 나란히 서 있다.", published=DAY)
    (meeting,) = events_of(article, "CONSULT")
    assert {p.country for p in meeting.participants} == {"KOR", "USA", "JPN"} and meeting.mode == "multilateral"


def test_a_title_chain_that_goes_on_takes_its_last_particle(extract):
    article = extract("조태열 외교부 장관은 14일 왕이 중국공산당 중앙외사공작위원회 판공실 주임 겸 외교부장과 회담했다.",
                      published=DAY)
    assert [names(e) for e in events_of(article, "CONSULT")] == [{"Cho Tae-yul", "Wang Yi"}]


@pytest.mark.parametrize("text, groups", [
    ("Noh Kyu-duk held talks in Jakarta with his Japanese and American counterparts, Takehiro Funakoshi and Sung Kim.",
     [{"Noh Kyu-duk", "Sung Kim", "Takehiro Funakoshi"}]),  # 'counterparts': one meeting of all
    ("조태열 장관은 14일 리마에서 블링컨 국무장관, 이와야 외무상과 잇달아 회담했다.",
     [{"Antony Blinken", "Cho Tae-yul"}, {"Cho Tae-yul", "Takeshi Iwaya"}]),  # 잇달아: one after another
])
def test_several_counterparts_meet_together_unless_the_text_says_separately(extract, text, groups):
    got = [names(e) for e in events_of(extract(text, published=DAY), "CONSULT")]
    assert sorted(map(sorted, got)) == sorted(map(sorted, groups))


@pytest.mark.parametrize("text", [
    "북한은 9일 새벽 단거리 탄도미사일 두 발을 서해로 발사했다.\n이에 한국군은 함정을 보내 즉각 대응 사격을 했다.",
    "North Korea fired ballistic missiles on Thursday.\nIn response, South Korea fired missiles into the sea.",
])
def test_a_show_of_force_in_response_targets_the_earlier_actor(extract, text):
    article = extract(text, published=DAY)
    answers = [e for e in events_of(article, "MOBILIZE") if {p.country for p in e.participants} == {"KOR"}]
    assert answers and {r.country for r in answers[0].recipients} == {"PRK"}


@pytest.mark.parametrize("text, kind", [
    ("Foreign Minister Takeshi Iwaya lodged Japan's protest against South Korea's drills near the islands.", "ACCUSE"),
    ("South Korean students protested against the United States in Seoul.", "PROTEST"),
])
def test_a_protest_by_an_official_is_diplomatic(extract, text, kind):
    kinds = {e.type for e in extract(text, published=DAY).events}
    assert kind in kinds and ({"ACCUSE", "PROTEST"} - {kind}).isdisjoint(kinds)


@pytest.mark.parametrize("text", [
    "조태열 장관과 블링컨 국무장관은 북한의 도발을 규탄했다.\n블링컨 장관은 북한을 강력히 규탄했다.",
    "Cho Tae-yul and Antony Blinken condemned North Korea.\nBlinken also condemned North Korea strongly.",
])
def test_one_side_of_a_joint_act_is_that_act(extract, text):
    (accuse,) = events_of(extract(text, published=DAY), "ACCUSE")
    assert {p.country for p in accuse.participants} == {"KOR", "USA"}


def test_a_request_addressed_to_no_one_is_no_request(extract):
    article = extract("The minister stressed the need for close cooperation to deter provocations from North Korea.",
                      published=DAY)
    assert not events_of(article, "REQUEST")
    assert events_of(extract("The United States urged North Korea to stop its provocations.", published=DAY), "REQUEST")
