"""(kotwin46) A state's own people sent into exile, in Korean as in English (enkidnap46's 'exiled dissidents to Spain').

추방하다 of people of a state's political or social life with no state of their own ('반체제 인사들을', '야당 지도자
2명을', '기자들을') is the manual's COERCE deport, done to the expeller's own people, not the SANCTION expel of envoys;
the state marked '-(으)로' is only where they were sent, no side. Negatives: diplomats stay SANCTION expel at their
state, migrants keep the state they are sent to, people named with a state of their own keep it. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides

EXILES = [
    "가나는 지난해 반체제 인사 4명을 토고로 추방했다.",
    "가나는 금요일 야당 지도자들을 토고로 추방했다.",
    "가나 정부는 금요일 기자 2명을 토고로 추방했다.",
    "가나는 지난해 야권 인사 3명을 추방했다.",
    "Ghana exiled four opposition leaders to Togo last year.",
]


@pytest.mark.parametrize("sentence", EXILES)
def test_own_people_exiled_are_deported_and_the_destination_is_no_side(sentence):
    found = [(e.type, e.mode) for e in events(sentence) if e.type in ("SANCTION", "COERCE")]
    assert found == [("COERCE", "deport")], found
    acting, receiving = sides(sentence, "COERCE")[0]
    assert "GHA" in acting and "TGO" not in receiving, (acting, receiving)


@pytest.mark.parametrize("sentence, kind, receiving", [
    ("가나는 금요일 토고 외교관 2명을 추방했다.", ("SANCTION", "expel"), ["TGO"]),  # envoys: expelled
    ("가나는 금요일 토고 외교관 2명을 말리로 추방했다.", ("SANCTION", "expel"), ["TGO"]),
    ("가나는 금요일 토고 이민자 수백 명을 토고로 추방했다.", ("COERCE", "deport"), ["TGO"]),  # migrants sent home
    ("가나는 금요일 토고 기자 2명을 말리로 추방했다.", ("COERCE", "deport"), ["TGO"]),  # people of a state named
])
def test_envoys_migrants_and_foreigners_keep_their_state(sentence, kind, receiving):
    found = [e for e in events(sentence) if e.type in ("SANCTION", "COERCE")]
    assert [(e.type, e.mode) for e in found] == [kind], [(e.type, e.mode) for e in found]
    assert sorted({r.country for r in found[0].recipients}) == receiving
