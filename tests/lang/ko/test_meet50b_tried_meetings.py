"""meet50b (issue 13): a meeting tried or meant ('만나려 했다', 'tried to meet') is no meeting held, in both languages.

- Korean: a meeting verb closed by an intent ending and the auxiliary 하다 ('만나려 했다', '회담하려고 했다',
  '만나려 한다') is planned, as English 'tried to meet', 'sought to meet' (lexicon `clause.tried_endings`,
  `tried_auxiliaries`; lang/ko/meeting_moments.tried).
- Guards: a meeting held ('만나 ... 논의했다', 'met') stays occurred; the purpose form '만나려고 출국했다' stays planned.
Every sentence is our own (real states, invented occasions).
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def consult_statuses(text: str) -> list[tuple[frozenset[str], str]]:
    return [(frozenset(p.country for p in e.participants), e.status) for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "레바논 총리는 이집트 대통령을 만나려 했다.",
    "레바논 총리는 지난주 이집트 대통령과 회담하려고 했다.",
    "레바논 총리는 이집트 대통령과 회담하려 했으나 일정이 맞지 않았다.",
    "레바논 총리는 이집트 대통령을 만나려 한다.",
    "레바논 총리는 이집트 대통령을 만나려고 카이로로 출국했다.",
    "Lebanese Prime Minister Nawaf Salam tried to meet Egyptian President Abdel Fattah el-Sisi.",
    "Lebanese Prime Minister Nawaf Salam sought to meet Egyptian President Abdel Fattah el-Sisi last week.",
])
def test_a_tried_meeting_is_not_held(text):
    found = consult_statuses(text)
    assert found == [(frozenset({"LBN", "EGY"}), "planned")], found


@pytest.mark.parametrize("text", [
    "레바논 총리는 이집트 대통령을 만나 국경 문제를 논의했다.",
    "레바논 총리는 이집트 대통령과 회담했다.",
    "The Lebanese prime minister met the Egyptian president.",
])
def test_a_held_meeting_stays_occurred(text):
    found = consult_statuses(text)
    assert found == [(frozenset({"LBN", "EGY"}), "occurred")], found
