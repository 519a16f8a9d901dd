"""Meeting classes of consult11, in both languages (our own sentences and names):
- a call told by a verb of placing it: 'telephoned his Kenyan counterpart' (the holder of the caller's office in
  that state on the day), 'phoned Prime Minister X in the evening'; Korean 'B에게 전화를 걸어', 'B에게 전화했다';
- a title or a place's abbreviation inside a sentence ('Adm.', 'Sens.', 'Brig. Gen.', 'Ft.') does not end it;
- a named venue outside any city (data/venues.yaml: a presidential retreat, a country residence) places a
  meeting there, in its state, read in both languages; a landmark or venue before a meeting noun ('the Oval
  Office meeting', 'the Chequers talks') is where the meeting was."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from readout.lang.en.sentences import split


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
