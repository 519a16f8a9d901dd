"""Where a meeting was held (issue 13), end to end on our own sentences and datelines, both languages:
- a city named only by its descriptor ('in the southeastern port city', '같은 도시에서') is the city named last
  before it, or the dateline's (lexicon place_anaphor_re; pipeline/places.anaphoric_places);
- a visit recalled with a past date of its own ('during Kang's visit to Lima in March 2024', '2024년 3월 리마 방문
  당시') places none of the story's meetings (pipeline/meeting_places.recalled_visit);
- a city where unnamed officials only spoke ('Officials in Lima said ...') is no meeting's place
  (pipeline/meeting_places.meeting_sentence_without_people asks for a meeting word);
- a sentence's meeting read from two words of one clause keeps the place the second word's clause gives ('announced
  the end of negotiations as the two met in Cusco': pipeline/events.meeting_events, the twin candidate).

Formerly tests/pipeline/test_places7_classes.py (docs/history.md)."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def places(text: str, published: str) -> list[str | None]:
    meetings = [e for e in events(text, published) if e.type == "CONSULT" and e.mode != "phone"]
    assert meetings, "the meeting is read"
    return [e.location.name if e.location else None for e in meetings]


@pytest.mark.parametrize("text, published, city", [
    ("BUSAN -- South Korean President Kang Min and Peruvian President Luis Torres held talks on Monday on the "
     "sidelines of a regional summit in the southeastern port city.", "2026-03-10", "Busan"),
    ("Trade ministers from twelve countries opened a forum in Osaka on Sunday. Chilean Foreign Minister Ana Rojas "
     "held talks with Peruvian Foreign Minister Luis Torres on Monday in the same city.", "2026-03-10", "Osaka"),
    ("(부산=연합뉴스) 강민 외교부 장관은 9일 이 도시에서 루이스 토레스 페루 외교장관과 회담했다.", "2026-03-10", "Busan"),
    ("(서울=연합뉴스) 12개국 통상장관들이 8일 광주에서 포럼을 열었다. 아나 로하스 칠레 외교장관은 9일 같은 도시에서 루이스 토레스 "
     "페루 외교장관과 회담했다.", "2026-03-10", "Gwangju"),
])
def test_a_city_named_by_its_descriptor_is_the_one_named_last_or_the_datelines(text, published, city):
    assert city in places(text, published)


@pytest.mark.parametrize("text, published, wrong", [
    ("SEOUL -- South Korean Foreign Minister Kang Min met Peruvian Foreign Minister Luis Torres on Monday. The accord "
     "they discussed was signed during Kang's visit to Lima in March 2024.", "2026-03-10", "Lima"),
    ("(서울=연합뉴스) 강민 외교부 장관은 9일 루이스 토레스 페루 외교장관과 회담했다. 강 장관은 2024년 3월 리마를 방문해 이 "
     "협정에 서명했다.", "2026-03-10", "Lima"),
    ("(서울=연합뉴스) 강민 외교부 장관은 9일 루이스 토레스 페루 외교장관과 회담했다. 강 장관은 지난 2024년 3월 리마를 방문한 바 "
     "있다.", "2026-03-10", "Lima"),
])
def test_a_recalled_visit_does_not_place_the_storys_meeting(text, published, wrong):
    meetings = [e for e in events(text, published) if e.type == "CONSULT" and e.date and e.date.year == 2026]
    assert meetings and wrong not in [e.location.name if e.location else None for e in meetings]  # kovisit48: the
    # recalled visit itself ('2024년 3월 리마를 방문해') is a visit in Lima of its own day, as 'B 리마를 방문해' was


@pytest.mark.parametrize("text, published, city", [
    ("South Korean Foreign Minister Kang Min arrived in Lima on Sunday. Kang met Peruvian Foreign Minister Luis "
     "Torres on Monday.", "2026-03-10", "Lima"),
    ("강민 외교부 장관은 8일 리마에 도착했다. 강 장관은 9일 루이스 토레스 페루 외교장관과 회담했다.", "2026-03-10", "Lima"),
])
def test_a_visit_of_the_storys_days_still_places_it(text, published, city):
    assert city in places(text, published)


@pytest.mark.parametrize("text, published, wrong", [
    ("Officials in Lima said on Monday that the border was calm. Chilean Foreign Minister Ana Rojas will meet "
     "Peruvian Foreign Minister Luis Torres on Thursday.", "2026-03-10", "Lima"),
    ("리마에서 정부 관계자들은 9일 국경 지역이 평온하다고 밝혔다. 아나 로하스 칠레 외교장관은 9일 루이스 토레스 페루 외교장관과 "
     "회담했다.", "2026-03-10", "Lima"),
])
def test_a_city_where_officials_only_spoke_is_no_meetings_place(text, published, wrong):
    assert wrong not in places(text, published)


@pytest.mark.parametrize("text, published, city", [
    ("Chilean Foreign Minister Ana Rojas and Peruvian Foreign Minister Luis Torres on Monday announced the end of "
     "negotiations on a trade pact, as the two met in Cusco.", "2026-03-10", "Cusco"),
])
def test_the_clause_that_places_the_sentences_meeting_gives_its_place(text, published, city):
    assert places(text, published) == [city]


@pytest.mark.parametrize("text, published, city", [
    ("BUSAN -- South Korean President Kang Min held talks with Peruvian President Luis Torres on Monday on the "
     "sidelines of a regional summit.", "2026-03-10", "Busan"),
    ("(부산=연합뉴스) 강민 대통령은 9일 루이스 토레스 페루 대통령과 정상회담을 했다.", "2026-03-10", "Busan"),
    ("[부산=연합뉴스 김철수 기자] 강민 대통령은 9일 루이스 토레스 페루 대통령과 정상회담을 했다.", "2026-03-10", "Busan"),
    # a home wire's capital is no evidence: it files every story there ('SEOUL -- ... on the sidelines of ...')
    ("SEOUL -- South Korean President Kang Min held talks with Peruvian President Luis Torres on Monday on the "
     "sidelines of a regional summit.", "2026-03-10", None),
    ("(서울=연합뉴스) 강민 대통령은 9일 루이스 토레스 페루 대통령과 정상회담을 했다.", "2026-03-10", None),
    # a week before the report, or still ahead: not the news filed from there
    ("(부산=연합뉴스) 강민 대통령은 2일 루이스 토레스 페루 대통령과 정상회담을 했다.", "2026-03-10", None),
    ("(부산=연합뉴스) 강민 대통령은 12일 루이스 토레스 페루 대통령과 정상회담을 할 예정이다.", "2026-03-10", None),
])
def test_a_meeting_of_the_days_news_is_at_a_dateline_city_other_than_a_capital(text, published, city):
    assert places(text, published) == [city]


@pytest.mark.parametrize("text, published, city", [
    # a town the city index lacks, named after its descriptor, in the planned meeting's own journey sentence
    ("Chilean Foreign Minister Ana Rojas is due to travel to the southern Peruvian town of Abancay on Thursday for a "
     "meeting with Peruvian Foreign Minister Luis Torres.", "2026-03-10", "Abancay"),
    ("South Korean Foreign Minister Kang Min will travel to the coastal city of Boryeong on Friday for talks with "
     "Peruvian Foreign Minister Luis Torres.", "2026-03-10", "Boryeong"),
])
def test_a_planned_meeting_is_where_its_own_sentences_journey_goes(text, published, city):
    assert places(text, published) == [city]
