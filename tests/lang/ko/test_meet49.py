"""komeet49 (issues 13, 15): Korean meetings and visits.

- A meeting one side seeks with another ('A는 B와의 정상회담을 추진하고 있다', 'B와 회담을 모색하고 있다') asks B to meet:
  REQUEST meet from A to B and no planned CONSULT, as English 'A is seeking a summit with B' (enmeet48)
  (lang/ko/meeting_sought). Negative rows: both sides arranging it ('A와 B는 ... 추진하고 있다') and a partner-free
  plan stay the planned meeting, never a REQUEST; a schedule being coordinated ('일정을 조율') stays planned; a
  treaty sought is no meeting asked.
Every sentence is our own (real states, invented matters).
"""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events


def kinds(text: str) -> list[tuple[str, str | None, str, set[str]]]:
    return [(e.type, e.mode, e.status, countries(e.participants) | countries(e.recipients)) for e in events(text)]


@pytest.mark.parametrize("text", [
    "우루과이는 파라과이와의 정상회담을 추진하고 있다.",
    "우루과이 정부는 파라과이와 정상회담을 모색하고 있다.",
    "우루과이 정부는 파라과이와의 정상회담 개최를 추진하고 있다.",
    "우루과이 대통령은 파라과이 대통령과의 회담을 추진했다.",
])
def test_a_meeting_sought_with_a_side_asks_it_to_meet(text):
    found = [(e.type, e.mode, [p.country for p in e.participants], [p.country for p in e.recipients])
             for e in events(text)]
    assert ("REQUEST", "meet", ["URY"], ["PRY"]) in found, found
    assert not [f for f in found if f[0] == "CONSULT"], found


@pytest.mark.parametrize("text", [
    "Uruguay is seeking a summit with Paraguay.",
])
def test_english_a_meeting_sought_with_a_side_asks_it_to_meet(text):
    found = [(e.type, e.mode, [p.country for p in e.participants], [p.country for p in e.recipients])
             for e in events(text)]
    assert ("REQUEST", "meet", ["URY"], ["PRY"]) in found, found
    assert not [f for f in found if f[0] == "CONSULT"], found


@pytest.mark.parametrize("text", [
    "우루과이와 파라과이는 정상회담을 추진하고 있다.",
    "우루과이는 파라과이와 정상회담 일정을 조율하고 있다.",
])
def test_a_meeting_both_sides_arrange_stays_planned(text):
    found = kinds(text)
    assert ("CONSULT", None, "planned", {"URY", "PRY"}) in found, found
    assert not [k for k in found if k[0] == "REQUEST"], found


@pytest.mark.parametrize("text", [
    "우루과이는 정상회담을 추진하고 있다.",
    "우루과이는 파라과이와 철도 연결 사업을 추진하고 있다.",
    "우루과이는 파라과이와의 정상회담을 추진하지 않고 있다.",
])
def test_no_partner_or_no_meeting_sought_asks_no_one_to_meet(text):
    found = kinds(text)
    assert not [k for k in found if k[0] == "REQUEST" and k[1] == "meet"], found


def consults(text: str) -> list[tuple[str | None, str, set[str]]]:
    return sorted(((e.mode, e.status, countries(e.participants)) for e in events(text) if e.type == "CONSULT"),
                  key=lambda k: sorted(k[2]))


@pytest.mark.parametrize("text", [
    "우루과이 대통령은 볼리비아, 파라과이를 방문했다.",
    "우루과이 대통령은 볼리비아와 파라과이를 잇달아 방문했다.",
    "우루과이 총리는 볼리비아, 파라과이를 방문해 철도 연결을 논의했다.",
    "Uruguay's president visited Bolivia and Paraguay.",
])
def test_a_visit_to_several_states_is_one_visit_to_each_host(text):
    found = consults(text)
    assert ("visit", "occurred", {"URY", "BOL"}) in found, found
    assert ("visit", "occurred", {"URY", "PRY"}) in found, found
    assert not [f for f in found if len(f[2]) > 2], found


@pytest.mark.parametrize("text", [
    "우루과이와 볼리비아 대통령은 파라과이를 방문했다.",
    "우루과이 대통령은 파라과이를 방문했다.",
])
def test_one_host_visited_stays_one_visit(text):
    found = consults(text)
    assert len(found) == 1, found


@pytest.mark.parametrize("text", [
    "우루과이, 볼리비아와 정상회담" + "\n\n우루과이 외교부는 이날 짧은 보도자료를 냈다.",
    "우루과이 대통령은 볼리비아 대통령, 파라과이 대통령과 회담했다.",
])
def test_a_comma_after_a_headline_subject_or_a_meeting_of_people_is_no_visit_split(text):
    found = consults(text)
    assert not [f for f in found if f[0] == "visit"], found


@pytest.mark.parametrize("text", [
    "우루과이 총리는 파라과이를 찾아 철도 연결을 논의했다.",
    "우루과이 총리는 파라과이를 찾았다.",
    "우루과이 총리는 아순시온을 찾았다.",
    "우루과이 총리는 아순시온을 찾아 파라과이 대통령과 회담했다.",
])
def test_a_state_or_city_sought_out_is_visited(text):
    assert ("visit", "occurred", {"URY", "PRY"}) in consults(text), consults(text)


@pytest.mark.parametrize("text", [
    "우루과이 총리는 해법을 찾아 파라과이와 협의했다.",
    "우루과이 총리는 분쟁의 원인을 찾았다.",
    "우루과이 총리는 새 수출 시장을 찾아 나섰다.",
])
def test_a_thing_looked_for_is_no_visit(text):
    assert not [f for f in consults(text) if f[0] == "visit"], consults(text)


@pytest.mark.parametrize("text", [
    "우루과이와 파라과이의 수자원 갈등이 길어지고 있다.\n\n양국 외교장관은 몬테비데오에서 회담했다.",
    "우루과이·파라과이 수자원 갈등\n\n두 나라 외교장관은 몬테비데오에서 회담했다.",
    "우루과이와 파라과이의 수자원 갈등이 길어지고 있다. 양국 정상은 국경 도시에서 만났다.",
    "Uruguay and Paraguay are quarrelling over river water. The two countries' foreign ministers met in Montevideo.",
])
def test_an_office_of_both_states_with_no_holder_named_is_the_pair_named_before(text):
    assert ("CONSULT", None, "occurred", {"URY", "PRY"}) in kinds(text), kinds(text)


@pytest.mark.parametrize("text", [
    "우루과이의 수자원 갈등이 길어지고 있다. 양국 외교장관은 몬테비데오에서 회담했다.",
    "양국 외교장관은 몬테비데오에서 회담했다.",
    "우루과이와 파라과이의 수자원 갈등이 길어지고 있다. 양국 외교장관은 공동 성명을 냈다.",
])
def test_an_office_of_both_states_with_no_pair_before_or_no_meeting_holds_none(text):
    assert not [k for k in kinds(text) if k[0] == "CONSULT"], kinds(text)


@pytest.mark.parametrize("text", [
    "우루과이 대통령 마르코스 벨라는 10일 볼리비아를 방문했다. 그는 다음 날 파라과이 대통령과 회담했다.",
    "우루과이 대통령 마르코스 벨라는 10일 볼리비아를 방문했다. 그녀는 다음 날 파라과이 외교장관과 통화했다.",
    "Uruguay's president Marcos Vela visited Bolivia on Tuesday. He met Paraguay's president the next day.",
])
def test_a_pronoun_subject_takes_the_subject_of_the_sentence_before(text):
    found = [(e.status, countries(e.participants)) for e in events(text) if e.type == "CONSULT"]
    assert ("occurred", {"URY", "PRY"}) in found, found
    assert not [f for f in found if {"BOL", "PRY"} <= f[1]], found
