"""ensupport68 (issue 15): an attack whose object is a policy, law, statement, measure or decision is criticism, the
attacker's ACCUSE disapprove (CAMEO 111), not force: no blow lands on words. English read it already
(lang/en/act_spoken_attacks.attacked_words); Korean now does too, with the verb's intensity prefix and an adverb
between ('B의 무역 정책을 맹공격했다', 'B 장관의 발언을 강하게 공격했다': lang/ko/act_spoken_attacks.attacked_matters).
A place, a post or a force attacked keeps the ASSAULT. Our own sentences, both languages in one table."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 3, 12)

WORDS_ATTACKED = [
    "The Ghanaian president fiercely attacked Togo's new customs policy on Monday.",
    "Ghana's foreign minister launched an attack on the Togolese minister's remarks.",
    "가나 대통령은 토고의 새 관세 정책을 맹공격했다.",
    "가나 외무장관은 토고 장관의 발언을 강하게 공격했다.",
    "가나 총리는 토고 정부의 국경 통제 조치를 공격했다.",
]

FORCE = [
    "Ghanaian troops attacked a Togolese border post on Monday.",
    "가나군은 토고군 기지를 맹공격했다.",
    "가나 반군은 토고 대사관을 공격했다.",
]


@pytest.mark.parametrize("text", WORDS_ATTACKED)
def test_attacked_words_are_criticism(text):
    evs = extract_text(text, published=DAY).events
    assert_act(evs, "ACCUSE", {"GHA"}, {"TGO"}, "occurred", "disapprove")
    assert_act(evs, "ASSAULT", set(), None, None)


@pytest.mark.parametrize("text", FORCE)
def test_attacked_places_stay_force(text):
    evs = extract_text(text, published=DAY).events
    assert_act(evs, "ASSAULT", {"GHA"}, {"TGO"}, "occurred")
    assert_act(evs, "ACCUSE", set(), None, None)
