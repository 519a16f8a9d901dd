"""komeet49b (issues 13, 15): Korean meetings left open.

- A relative visit clause opening the sentence on its subject ('리마를 찾은 A 장관은 ... B와 회담했다', '방문한')
  gives the subject's meeting its visit mode (lang/ko/visiting_subjects). Negative rows: a clause whose object is
  no place ('해법을 찾은'), a visit dated to another moment ('지난해 ... 방문한'), a clause on an object of another verb
  ('B를 방문한 사절단을 맞은 A는'), and a phone call keep their mode.
- A pair of states owning the visited noun ('A는 B와 C의 국경 지역을 방문했다') names no host: no visit to B
  (lang/ko/owned_visits, asked by reading_meetings.state_party). Negative rows: 'B와 C를 방문했다' visits each, 'B와
  C의 정상회담' is still theirs.
Every sentence is our own (real states and capitals, invented matters).
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def consults(text: str) -> list[tuple[str | None, set[str]]]:
    return [(e.mode, {p.country for p in e.participants} | {p.country for p in e.recipients})
            for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text, pair", [
    ("리마를 찾은 우루과이 외교장관은 20일 페루 외교장관과 만나 어업 협력을 논의했다.", {"URY", "PER"}),
    ("아순시온을 방문한 우루과이 총리는 이날 파라과이 대통령과 회담했다.", {"URY", "PRY"}),
    ("페루를 공식 방문 중인 에콰도르 대통령은 21일 페루 대통령과 정상회담을 가졌다.", {"ECU", "PER"}),
])
def test_a_visit_clause_on_the_subject_makes_its_meeting_a_visit(text, pair):
    found = consults(text)
    assert ("visit", pair) in found, found


@pytest.mark.parametrize("text, mode", [
    ("해법을 찾은 우루과이 외교장관은 20일 페루 외교장관과 만나 어업 협력을 논의했다.", None),
    ("지난해 아순시온을 방문한 우루과이 총리는 이날 몬테비데오에서 파라과이 대통령과 회담했다.", None),
    ("아순시온을 방문한 사절단을 맞은 우루과이 총리는 이날 파라과이 대통령과 회담했다.", None),
    ("리마를 찾은 우루과이 외교장관은 20일 칠레 외교장관과 전화 통화를 했다.", "phone"),
])
def test_no_place_another_moment_or_the_partner_s_clause_gives_no_visit(text, mode):
    found = consults(text)
    assert found and all(m == mode for m, _pair in found), found


@pytest.mark.parametrize("text", [
    "에콰도르 대통령은 20일 페루와 콜롬비아의 국경 지역을 방문했다.",
    "에콰도르 외교장관은 이날 페루와 콜롬비아의 접경 도시를 찾아 주민들을 만났다.",
])
def test_a_pair_owning_the_visited_place_names_no_host(text):
    found = consults(text)
    assert not [f for f in found if "PER" in f[1] or "COL" in f[1]], found


@pytest.mark.parametrize("text, pairs", [
    ("에콰도르 대통령은 20일 페루와 콜롬비아를 잇달아 방문했다.", [{"ECU", "PER"}, {"ECU", "COL"}]),
    ("페루와 콜롬비아의 정상회담이 20일 키토에서 열렸다.", [{"PER", "COL"}]),
])
def test_states_visited_or_meeting_are_still_parties(text, pairs):
    found = [pair for _mode, pair in consults(text)]
    for pair in pairs:
        assert pair in found, found
