"""kovisit48 (issues 13, 15): Korean meetings and visits still missed, part 2.

- A city named alone as a visit's object ('A 총리는 나이로비를 방문했다') stands for its state, the host visited, as
  English 'visited Nairobi' does (lang/ko/visited_cities.bare_visited_cities). Negative rows: a city as a place ('리마에서
  회담했다'), a place that is no city ('공장을 방문했다'), the visitor's own state's city, a visit said ahead.
- The news style's comma for '방문해' ends a visit object as the verb does ('B 리마를 방문, ...', '리마를 방문, ...';
  lexicon ko `visited_object_re`).
- A visit made before a request is its scene, not what is asked: 'B를 방문해 구리 수입 확대를 요청했다' is a plain REQUEST
  (lexicon ko `request_meet_re`); asking for a visit ('방문해 달라고', '방문을 요청했다') stays a request to meet.
- A headline opening on a state pair closed by a comma before a meeting noun ('A·B, 정상회담 개최') names that meeting's
  parties, as 'A·B 정상회담 개최' does (lang/ko/states.compound_before_meeting). Negative rows: no meeting noun after the
  comma, a pair inside a sentence.
- A day counted forward from the story's day told ('다음 날', '이튿날', 'the following day') on a meeting told as done is
  past narration, not a plan, even past the report's day (pipeline/narrated_next_days). Negative rows: a plan's verb
  ('회담할 예정이다'), a count from a day ahead, a present 'meets' from no day told.
Every sentence is our own (real states and capitals, invented matters).
"""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events


def kinds(text: str) -> list[tuple[str, str, str | None, set[str]]]:
    return [(e.type, e.status, e.mode, countries(e.participants) | countries(e.recipients)) for e in events(text)]


@pytest.mark.parametrize("text, pair", [
    ("칠레 대통령은 10일 리마를 방문했다.", {"CHL", "PER"}),
    ("칠레 총리는 10일 나이로비를 방문해 커피 교역을 논의했다.", {"CHL", "KEN"}),
    ("칠레 외교장관은 10일 하노이를 국빈 방문했다.", {"CHL", "VNM"}),
    ("칠레 총리는 10일 리마를 방문, 구리 교역을 논의했다.", {"CHL", "PER"}),
    ("칠레 총리는 10일 페루 리마를 방문, 구리 교역을 논의했다.", {"CHL", "PER"}),
    ("The Chilean president visited Nairobi on Tuesday to discuss coffee trade.", {"CHL", "KEN"}),
])
def test_a_city_visited_names_its_state_as_host(text, pair):
    found = kinds(text)
    assert [k for k in found if k[0] == "CONSULT" and k[1] == "occurred" and k[3] == pair], found


@pytest.mark.parametrize("text", [
    "칠레 총리는 10일 공장을 방문했다.",
    "페루 대통령은 10일 리마를 방문했다.",
    "칠레 총리는 10일 리마를 방문할 예정이다.",
    "칠레 총리는 10일 리마에서 구리 교역 박람회를 열었다.",
    "리마를 방문한 칠레 총리는 10일 구리 교역 박람회를 열었다.",
])
def test_no_visit_of_states_without_a_foreign_city_visited(text):
    found = kinds(text)
    assert not [k for k in found if k[0] == "CONSULT" and k[1] == "occurred"], found


@pytest.mark.parametrize("text", [
    "칠레 총리는 10일 페루를 방문해 구리 수입 확대를 요청했다.",
    "칠레 총리는 10일 페루를 방문, 구리 수입 확대를 요청했다.",
    "칠레 총리는 10일 페루 방문 중 구리 수입 확대를 요청했다.",
])
def test_a_visit_before_a_request_is_its_scene(text):
    found = kinds(text)
    assert ("REQUEST", "occurred", None, {"CHL", "PER"}) in found, found
    assert ("CONSULT", "occurred", "visit", {"CHL", "PER"}) in found, found


@pytest.mark.parametrize("text", [
    "칠레 총리는 10일 페루 대통령에게 칠레를 방문해 달라고 요청했다.",
    "칠레 총리는 10일 페루 대통령에게 칠레 방문을 요청했다.",
])
def test_asking_for_a_visit_stays_a_request_to_meet(text):
    found = kinds(text)
    assert ("REQUEST", "occurred", "meet", {"CHL", "PER"}) in found, found


BODY = "\n\n에콰도르 외교부는 이날 짧은 보도자료를 냈다."


@pytest.mark.parametrize("text, status", [
    ("칠레·페루, 정상회담 개최" + BODY, "occurred"),
    ("칠레·페루, 정상회담 개최…어업 협력 논의" + BODY, "occurred"),
    ("칠레·페루, 정상회담 개최 예정" + BODY, "planned"),
])
def test_a_headline_comma_after_a_state_pair_keeps_its_meeting(text, status):
    found = kinds(text)
    assert ("CONSULT", status, None, {"CHL", "PER"}) in found, found


@pytest.mark.parametrize("text", [
    "칠레·페루, 국경 분쟁 격화" + BODY,
    "볼리비아 언론은 칠레·페루, 정상회담 무용론을 전했다." + BODY,
])
def test_a_comma_after_a_pair_with_no_meeting_word_or_not_opening_holds_none(text):
    found = kinds(text)
    assert not [k for k in found if k[0] == "CONSULT" and k[3] == {"CHL", "PER"}], found


@pytest.mark.parametrize("text", [
    "칠레 외교장관은 12일 페루를 방문했다. 칠레 외교장관은 다음 날 볼리비아 외교장관과 회담했다.",
    "칠레 외교장관은 이날 페루를 방문했다. 칠레 외교장관은 이튿날 볼리비아 외교장관과 회담했다.",
    "The Chilean foreign minister visited Peru on Thursday. The Chilean foreign minister met the Bolivian foreign "
    "minister the following day.",
])
def test_a_next_day_in_past_narration_is_no_plan(text):
    found = [(e.type, e.status, countries(e.participants)) for e in events(text, published="2026-03-12")]
    assert ("CONSULT", "occurred", {"CHL", "BOL"}) in found, found
    assert not [k for k in found if k[1] == "planned"], found


@pytest.mark.parametrize("text", [
    "칠레 외교장관은 이날 페루를 방문했다. 칠레 외교장관은 다음 날 볼리비아 외교장관과 회담할 예정이다.",
    "칠레 외교장관은 20일 페루를 방문한다. 칠레 외교장관은 다음 날 볼리비아 외교장관과 회담한다.",
    "The Chilean foreign minister will visit Peru on March 20. The Chilean foreign minister meets the Bolivian "
    "foreign minister the next day.",
])
def test_a_next_day_of_a_plan_stays_planned(text):
    found = [(e.type, e.status, countries(e.participants)) for e in events(text, published="2026-03-12")]
    assert ("CONSULT", "planned", {"CHL", "BOL"}) in found, found
