"""koplan47 (issues 13, 15): Korean meetings planned, prepared and listed.

- A visit as the scene of its clause ('B 방문 중 ...', 'B 방문 기간 ...'): the bare country word before the visit noun is
  the host visited, and the visit is CONSULT visit of the clause's subject and the host, held (lang/ko/meeting_moments
  .visit_scene, lexicon visit_host_after_re), as English 'during his visit to B'. Negative rows: a visit before or after
  the clause ('방문을 앞두고', '방문을 마친 뒤', '방문 때'), no host named, a noun built on the visit ('방문단').
- A comma list of states closed by 의 right before a meeting word ('A, B의 정상회담', 'A, B, C의 회담') lists the meeting's
  parties, as 'A·B 정상회담' and 'A와 B의 정상회담' do (lang/ko/meeting_lists.comma_listed_party). Negative rows: a list
  with an item that is no bare country word, a list before a noun that is no meeting.
- A headline ending on the bare noun of an arranging verb after a meeting word ('A·B 정상회담 추진', 'A 대통령, B와
  정상회담 모색', '회담 개최 추진…') tells a meeting being arranged: a planned CONSULT, as the body's '추진하고 있다'
  (lang/ko/meeting_moments.arranged_in_headline). Negative rows: the noun as a topic ('정상회담 추진 배경은'), a plan
  called off ('추진 무산'), a sentence's noun phrase, not a headline's end.
- A meeting prepared by the one held ('[A와 B의 정상회담을 준비하기 위해] C와 D가 회담했다', '[정상회담 준비를 위해]'): the
  talks held are the occurred CONSULT of the clause's subject; the prepared meeting is planned, held by its own phrase's
  states, and its leaders are no parties of the talks (lang/ko/meeting_prepared). Negative rows: the subject named as
  no party of the prepared summit, a summit prepared with no meeting beside it stays the subject's plan.
Every sentence is our own.
"""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events


def consults(text: str, status: str) -> list[tuple[str | None, set[str]]]:
    return [(e.mode, countries(e.participants)) for e in events(text) if e.type == "CONSULT" and e.status == status]


@pytest.mark.parametrize("text, states", [
    ("칠레 방문 중 카자흐스탄 외교장관은 광물 협력을 논의했다.", {"CHL", "KAZ"}),
    ("카자흐스탄 총리는 칠레 방문 중 철도 연결 문제를 논의했다.", {"CHL", "KAZ"}),
    ("카자흐스탄 외교장관은 칠레 방문 기간 구리 수입 문제를 논의했다.", {"CHL", "KAZ"}),
    ("우루과이 대통령은 파라과이 국빈 방문 중 수력발전 사업을 논의했다.", {"URY", "PRY"}),
])
def test_a_visit_as_the_scene_of_its_clause_is_held(text, states):
    assert ("visit", states) in consults(text, "occurred"), events(text)


@pytest.mark.parametrize("text", [
    "칠레 방문을 앞두고 카자흐스탄 외교장관은 기자들에게 광물 협력을 설명했다.",
    "칠레 방문을 마친 뒤 카자흐스탄 외교장관은 귀국했다.",
    "카자흐스탄 외교장관은 칠레 방문을 마치고 페루에 도착했다.",
    "카자흐스탄 총리는 칠레 방문 때 철도 문제를 거론하겠다고 말했다.",
    "방문 중 카자흐스탄 외교장관은 광물 협력을 논의했다.",
    "칠레 방문단은 카자흐스탄 공항에서 광물 협력을 논의했다.",
])
def test_a_visit_of_another_moment_or_with_no_host_is_not_held(text):
    assert not [s for m, s in consults(text, "occurred") if m == "visit"], events(text)


@pytest.mark.parametrize("text, status, states", [
    ("에콰도르, 페루의 정상회담이 국경 도시에서 열렸다.", "occurred", {"ECU", "PER"}),
    ("에콰도르, 페루의 외교장관 회담이 수도에서 열렸다.", "occurred", {"ECU", "PER"}),
    ("에콰도르, 페루, 볼리비아의 정상회담이 고원 도시에서 열렸다.", "occurred", {"ECU", "PER", "BOL"}),
    ("에콰도르, 페루의 정상회담이 다음 달 열릴 예정이다.", "planned", {"ECU", "PER"}),
])
def test_a_comma_list_of_states_with_the_genitive_names_the_meetings_parties(text, status, states):
    assert states in [s for _m, s in consults(text, status)], events(text)


@pytest.mark.parametrize("text", [
    "에콰도르 대통령, 페루의 회담이 국경 도시에서 열렸다.",
    "에콰도르, 장관의 회담이 국경 도시에서 열렸다.",
    "에콰도르, 페루의 경제 협력 회의가 열렸다는 소식은 없었다.",
    "에콰도르, 페루의 수출이 늘었다.",
])
def test_a_list_with_an_item_that_is_no_state_or_before_no_meeting_names_no_pair(text):
    assert {"ECU", "PER"} not in [s for _m, s in consults(text, "occurred")], events(text)


BODY = "\n\n에콰도르 외교부는 이날 짧은 보도자료를 냈다."


@pytest.mark.parametrize("headline, states", [
    ("에콰도르·페루 정상회담 추진", {"ECU", "PER"}),
    ("에콰도르 대통령, 페루와 정상회담 모색", {"ECU", "PER"}),
    ("에콰도르·페루 정상회담 개최 추진…", {"ECU", "PER"}),
    ("에콰도르 총리, 페루와 회담 검토", {"ECU", "PER"}),
])
def test_a_headline_meeting_being_arranged_is_planned(headline, states):
    text = headline + BODY
    assert states in [s for _m, s in consults(text, "planned")], events(text)


@pytest.mark.parametrize("text", [
    "에콰도르·페루 정상회담 추진 배경은" + BODY,
    "에콰도르·페루 정상회담 추진 무산" + BODY,
    "에콰도르는 페루와의 정상회담 추진 과정에서 무역 문제를 제기했다.",
])
def test_an_arranging_noun_that_does_not_end_a_headline_plans_nothing(text):
    assert {"ECU", "PER"} not in [s for _m, s in consults(text, "planned")], events(text)


@pytest.mark.parametrize("text, held, prepared", [
    ("에콰도르 외교장관과 페루 외교장관은 양국 정상회담을 준비하기 위해 회담했다.", {"ECU", "PER"}, None),
    ("에콰도르 외교장관과 페루 외교장관은 다음 달 정상회담 준비를 위해 수도에서 만났다.", {"ECU", "PER"}, None),
    ("에콰도르 외교장관은 페루와의 정상회담을 준비하기 위해 페루 외교장관과 회담했다.", {"ECU", "PER"}, None),
    ("에콰도르 외교장관과 칠레 외교장관은 볼리비아와 파라과이의 정상회담을 준비하기 위해 회담했다.", {"ECU", "CHL"},
     {"BOL", "PRY"}),
    ("에콰도르 외교장관과 칠레 외교장관은 볼리비아와 파라과이의 정상회담을 준비하기 위한 회의를 열었다.", {"ECU", "CHL"},
     {"BOL", "PRY"}),
])
def test_the_talks_held_to_prepare_a_summit_are_held_and_the_summit_planned(text, held, prepared):
    occurred = [s for _m, s in consults(text, "occurred")]
    assert occurred == [held], events(text)
    if prepared is not None:
        assert prepared in [s for _m, s in consults(text, "planned")], events(text)


@pytest.mark.parametrize("text, parties", [
    ("에콰도르 외교장관과 칠레 외교장관은 볼리비아와 파라과이의 정상회담을 준비하기 위해 회담했다.", {"ECU", "CHL"}),
    ("에콰도르 외교장관과 칠레 외교장관은 볼리비아 대통령과 파라과이 대통령의 정상회담을 준비하기 위해 회담했다.",
     {"BOL", "PRY"}),
])
def test_no_party_of_one_meeting_joins_the_other(text, parties):
    assert not any(s & parties and len(s) > 2 for _m, s in consults(text, "occurred") + consults(text, "planned")), \
        events(text)


@pytest.mark.parametrize("text, states", [
    ("에콰도르는 페루와의 정상회담을 준비하기 위해 특사를 보냈다.", {"ECU", "PER"}),
    ("에콰도르와 페루는 정상회담을 준비하고 있다.", {"ECU", "PER"}),
    ("에콰도르와 페루는 정상회담을 준비하기 위해 노력하고 있다.", {"ECU", "PER"}),
])
def test_a_summit_prepared_with_no_meeting_beside_it_stays_the_subjects_plan(text, states):
    assert states in [s for _m, s in consults(text, "planned")], events(text)
