"""(parallel52, issues 13/15) 'accused B of V-ing' is PLOVER ACCUSE 'allege' in both languages. Korean writes it with
the verb of accusing and a reported deed ('B가 국경을 침범했다고 비난했다'); English read 'accused' as allege, Korean kept
비난하다's entry, disapprove (lang/ko/act_verdicts._accused_of, cues accusing_verb, accused_deed_ending). Our own
sentences. Negative rows: condemning or criticizing ('규탄했다', 'condemned B for'), a reason joined by '며' ('criticized
B, saying'), a verdict noun ('도발이라고'), a deed named as a noun ('B의 영공 침범을 비난했다') and a wrong to a common good
('평화 프로세스를 훼손했다고') stay disapprove."""
from __future__ import annotations

import pytest

from tests.event_sides import events

# (sentence, the accusing state, the accused state, the ACCUSE's mode)
ACCUSATIONS = [
    ("Chile accused Bolivia of violating its airspace.", "CHL", "BOL", "allege"),
    ("칠레는 볼리비아가 영공을 침범했다고 비난했다.", "CHL", "BOL", "allege"),
    ("Egypt accused Sudan of provoking the border clash.", "EGY", "SDN", "allege"),
    ("이집트는 수단이 국경 충돌을 도발했다고 비난했다.", "EGY", "SDN", "allege"),
    ("Chile condemned Bolivia for violating its airspace.", "CHL", "BOL", "disapprove"),
    ("칠레는 볼리비아가 영공을 침범했다고 규탄했다.", "CHL", "BOL", "disapprove"),
    ("칠레는 볼리비아가 영공을 침범했다며 비난했다.", "CHL", "BOL", "disapprove"),
    ("칠레는 볼리비아의 영공 침범을 비난했다.", "CHL", "BOL", "disapprove"),
    ("칠레는 볼리비아의 행동이 도발이라고 비난했다.", "CHL", "BOL", "disapprove"),
    ("칠레는 볼리비아가 평화 프로세스를 훼손했다고 비난했다.", "CHL", "BOL", "disapprove"),
]


@pytest.mark.parametrize("text,actor,accused,mode", ACCUSATIONS)
def test_an_accusation_of_a_told_deed_alleges(text: str, actor: str, accused: str, mode: str) -> None:
    found = [([p.country for p in e.participants], [r.country for r in e.recipients], e.mode)
             for e in events(text) if e.type == "ACCUSE"]
    assert found == [([actor], [accused], mode)], [(e.type, e.mode) for e in events(text)]
