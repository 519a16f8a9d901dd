"""Meetings in both languages: leaders listed or named as a group, calls told by a verb of placing them, and the other
classes listed below (our own sentences and names).

Meetings in both languages held by listed leaders and plural groups of leaders:
- leaders listed before 등 and a plural group of leaders ('A와 B 등 G7 정상들은 화상회의를 열었다') all hold the
  meeting, as 'The leaders of the G7, including A and B, held a video call' does;
- names listed in an appositive after a plural subject ('The foreign ministers of the three countries, A, B and C,
  said ...') are the subjects a later 'the three ministers' counts; Korean '3국 외무장관은' is that group word
  (not three states);
- a mediator is a party of the talks it brokers ('..., mediated by C', '회담은 C가 중재했다'), told in the
  meeting's sentence or in one that refers back to it.

Formerly tests/lang/test_consult10_meetings.py; classes first read as "Meeting classes of consult10, in both
languages (our own sentences and names)" (docs/history.md).

Meetings in both languages: calls told by a verb of placing them, and the other classes listed.
- a call told by a verb of placing it: 'telephoned his Kenyan counterpart' (the holder of the caller's office in
  that state on the day), 'phoned Prime Minister X in the evening'; Korean 'B에게 전화를 걸어', 'B에게 전화했다';
- a title or a place's abbreviation inside a sentence ('Adm.', 'Sens.', 'Brig. Gen.', 'Ft.') does not end it;
- a named venue outside any city (data/venues.yaml: a presidential retreat, a country residence) places a
  meeting there, in its state, read in both languages; a landmark or venue before a meeting noun ('the Oval
  Office meeting', 'the Chequers talks') is where the meeting was.

Formerly tests/lang/test_consult11_meetings.py; classes first read as "Meeting classes of consult11, in both
languages (our own sentences and names)" (docs/history.md)."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from readout.lang.en.sentences import split


def meetings(text: str, published: str = "2022-03-04") -> list[set[str]]:
    return [{p.name for p in e.participants} for e in extract_text(text, published=published).events
            if e.type == "CONSULT"]


@pytest.mark.parametrize("text,expected", [
    ("조 바이든 미국 대통령과 올라프 숄츠 독일 총리 등 주요 7개국(G7) 정상들은 이날 화상회의를 열었다.",
     {"Joe Biden", "Olaf Scholz"}),
    ("조 바이든 미국 대통령과 올해 의장국인 독일의 올라프 숄츠 총리 등 G7 정상들은 이날 화상회의를 열었다.",
     {"Joe Biden", "Olaf Scholz"}),
    ("The leaders of the Group of Seven, including Joe Biden and Olaf Scholz, held a video call on Thursday.",
     {"Joe Biden", "Olaf Scholz"}),
])
def test_leaders_listed_in_a_group_hold_the_meeting(text, expected):
    assert expected in meetings(text)


@pytest.mark.parametrize("text", [
    "The foreign ministers of the three countries, Ann Linde, Pekka Haavisto and Liz Truss, said in a joint "
    "statement that they would act. The three ministers informed Russian Foreign Minister Sergei Lavrov of the "
    "decision in a phone call earlier on Thursday.",
    '"We will not wait," the foreign ministers of the three countries, Ann Linde, Pekka Haavisto and Liz Truss, '
    "said in a joint statement. The three ministers informed Russian Foreign Minister Sergei Lavrov of the decision "
    "in a phone call earlier on Thursday, diplomats said.",
])
def test_appositive_list_after_a_plural_subject_counts_for_the_group_word(text):
    assert {"Ann Linde", "Pekka Haavisto", "Liz Truss", "Sergey Lavrov"} in meetings(text)


def test_korean_three_foreign_ministers_are_the_officials_named():
    text = ("페카 하비스토 핀란드 외무장관과 안 린데 스웨덴 외무장관, 리즈 트러스 영국 외무장관은 이날 공동성명을 내고 "
            "\"러시아를 규탄한다\"고 밝혔다. 3국 외무장관은 발표에 앞서 이날 세르게이 라브로프 러시아 외무장관과 통화했다.")
    found = meetings(text)
    assert any({"Liz Truss", "Sergey Lavrov"} <= m and len(m) == 4 for m in found)


def test_a_list_after_a_preposition_is_no_subject():
    """'Talks between the delegations, A and B, ended': the list is not after a plural subject opening the clause."""
    found = extract_text("Talks between the delegations, Ann Linde and Pekka Haavisto, ended.",
                         published="2022-03-04").mentions
    assert [m.role for m in found if m.surface == "Pekka Haavisto"] == ["other"]


@pytest.mark.parametrize("text,expected", [
    ("Peru's Pedro Castillo and Chile's Gabriel Boric held talks in Lima on Thursday, mediated by Argentine "
     "President Alberto Fernandez and Ecuador's President Guillermo Lasso.",
     {"Pedro Castillo", "Gabriel Boric", "Alberto Fernández", "Guillermo Lasso"}),
    ("Pedro Castillo and Gabriel Boric held talks in Lima on Thursday. The talks were mediated by Argentine "
     "President Alberto Fernandez.",
     {"Pedro Castillo", "Gabriel Boric", "Alberto Fernández"}),
    ("페드로 카스티요 페루 대통령과 가브리엘 보리치 칠레 대통령은 4일 리마에서 회담했다. 회담은 알베르토 페르난데스 "
     "아르헨티나 대통령이 중재했다.",
     {"Gabriel Boric", "Alberto Fernández"}),
])
def test_mediators_are_parties_of_the_talks(text, expected):
    found = meetings(text)
    assert len(found) == 1 and expected <= found[0]


def consults(text: str, published: str = "2022-03-04") -> list:
    return [e for e in extract_text(text, published=published).events if e.type == "CONSULT"]


def people(event) -> set[str]:
    return {p.name for p in event.participants}


@pytest.mark.parametrize("text,expected", [
    ("Indian Prime Minister Narendra Modi telephoned his Japanese counterpart on Thursday.",
     {"Narendra Modi", "Fumio Kishida"}),
    ("U.S. Secretary of State Antony Blinken called his Indian counterpart on Thursday.",
     {"Antony Blinken", "S. Jaishankar"}),
    ("Indian Prime Minister Narendra Modi telephoned Japanese Prime Minister Fumio Kishida in the evening and "
     "thanked him for his support.", {"Narendra Modi", "Fumio Kishida"}),
    ("기시다 후미오 일본 총리는 3일 나렌드라 모디 인도 총리에게 전화를 걸어 협력 방안을 논의했다.",
     {"Fumio Kishida", "Narendra Modi"}),
    ("기시다 후미오 일본 총리는 3일 나렌드라 모디 인도 총리에게 전화했다.", {"Fumio Kishida", "Narendra Modi"}),
])
def test_a_call_told_by_its_verb(text, expected):
    found = consults(text)
    assert [people(e) for e in found] == [expected]
    assert found[0].mode == "phone"


@pytest.mark.parametrize("text", [
    "Indian Prime Minister Narendra Modi called his Japanese counterpart a trusted friend.",
    "기시다 후미오 일본 총리는 전화 회견에서 협력을 강조했다.",
])
def test_no_call_without_one(text):
    assert not [e for e in consults(text) if e.mode == "phone"]


@pytest.mark.parametrize("text,pieces", [
    ("The minister met Adm. Karl Dorn and Brig. Gen. Ola Berg at Ft. Hamilton on Monday.", 1),
    ("Sens. Ann Voss and Tim Hale met the prime minister in Oslo. They spoke for an hour.", 2),
    ("The envoys met at Pt. Lobos. The talks went well.", 2),
])
def test_title_and_place_abbreviations_do_not_end_a_sentence(text, pieces):
    assert len(split(text, 0)) == pieces


@pytest.mark.parametrize("text,place,country", [
    ("Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida held talks at Chequers on "
     "Thursday.", "Chequers", "GBR"),
    ("Narendra Modi, Fumio Kishida agree on supply chains at Sunnylands summit", "Sunnylands", "USA"),
    ("나렌드라 모디 인도 총리와 기시다 후미오 일본 총리는 3일 영국 총리 별장 체커스에서 정상회담을 했다.",
     "Chequers", "GBR"),
    ("나렌드라 모디 인도 총리와 기시다 후미오 일본 총리는 3일 캠프 데이비드에서 회담했다.", "Camp David", "USA"),
    ("Japanese Prime Minister Fumio Kishida and President Joe Biden held an Oval Office meeting on Thursday.",
     "Washington", "USA"),
])
def test_a_named_venue_places_the_meeting(text, place, country):
    found = consults(text)
    assert found and found[0].location is not None
    assert (found[0].location.name, found[0].location.country) == (place, country)


def test_a_venue_named_as_a_topic_is_no_place():
    found = consults("Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo on "
                     "Thursday and praised Chequers.")
    assert found and found[0].location.name == "Tokyo"
