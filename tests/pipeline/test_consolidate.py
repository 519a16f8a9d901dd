"""One document's consolidation: the visit sentences that place meetings without a city are read once
per document, not once per meeting (articles we wrote)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.lang.en.language import English
from readout.lang.ko.language import Korean
from tests.conftest import events_of

VISIT_LAST = {
    English: ("U.S. Secretary of State Marco Rubio met Foreign Minister Cho Hyun on Monday. Rubio also met "
              "Defense Minister Ahn Gyu-back on Monday. Rubio met President Lee Jae-myung on Tuesday. Rubio met "
              "Unification Minister Chung Dong-young on Tuesday. Rubio is on a two-day visit to Seoul."),
    Korean: ("마코 루비오 미국 국무장관은 14일 조현 외교부 장관과 회담했다. 루비오 장관은 14일 안규백 국방부 장관과도 "
             "회담했다. 루비오 장관은 15일 이재명 대통령을 예방했다. 루비오 장관은 15일 정동영 통일부 장관과 만났다. "
             "루비오 장관은 이틀 일정으로 방한했다."),
}


@pytest.mark.parametrize("language", [English, Korean], ids=["en", "ko"])
def test_visit_sentences_are_read_once_per_document(extract, monkeypatch, language):
    """Four meetings without a place and the visit sentence last: the language is asked about each
    sentence once (it was asked about every sentence again for each meeting)."""
    asked: list[str] = []
    original = language.visit_sentence

    def counting(self, text):
        asked.append(text)
        return original(self, text)

    monkeypatch.setattr(language, "visit_sentence", counting)
    article = extract(VISIT_LAST[language], published=date(2025, 7, 16))
    meetings = events_of(article, "CONSULT")
    assert len(meetings) >= 3
    assert {e.location.country if e.location else None for e in meetings} == {"KOR"}  # the visit places them
    assert len(asked) == len(set(asked)) <= len(article.sentences)


@pytest.mark.parametrize("text, city, basis", [
    ("Secretary of State Marco Rubio met Foreign Minister Cho Hyun in Tokyo on Monday.", "Tokyo", "text"),
    ("Secretary of State Marco Rubio is on a two-day visit to Tokyo. Rubio met Foreign Minister Cho Hyun on Monday.",
     "Tokyo", "document"),  # the city of a visit sentence, not of the meeting's own
    ("조현 외교부 장관은 14일 도쿄에서 마코 루비오 미국 국무장관과 회담했다.", "Tokyo", "text"),
    ("루비오 장관은 14일 조현 외교부 장관과 회담했다. 루비오 장관은 이틀 일정으로 방한했다. 그는 서울에서 기자들과 만났다.",
     "Seoul", "document"),  # the visit's host country, then a city of that country from another sentence
])
def test_a_meetings_place_says_where_it_came_from(extract, text, city, basis):
    from readout.records import document_record

    article = extract(text, published=date(2025, 7, 15))
    (meeting,) = events_of(article, "CONSULT")
    assert meeting.location.name == city and meeting.location.span.data["basis"] == basis
    assert document_record(meeting, article)["place_basis"] == basis
