"""lang/ko/act_bystander_states.deed_modifiers: a judgement of a deed named by a noun with its doer in the genitive ('A의 B
파병을 규탄했다') is aimed at the doer A; a state written bare before the deed's noun (B: where troops go, whom aid
reaches, who is pressed or sanctioned) is not its recipient. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import sides

PUB = "2026-03-12"

# (text, type, actor, the recipient, the state that must not receive)
AIMED_AT_THE_DOER = [
    ("페루 외교장관은 볼리비아군의 칠레 파병을 \"지역 안정을 해치는 행위\"라고 규탄했다.", "ACCUSE", "PER", "BOL", "CHL"),
    ("칠레 외교부는 미국의 쿠바 제재를 강하게 비판했다.", "ACCUSE", "CHL", "USA", "CUB"),
    ("에콰도르 정부는 베네수엘라의 가이아나 압박을 중단하라고 촉구했다.", "REQUEST", "ECU", "VEN", "GUY"),
    ("노르웨이 외교부는 이란의 예멘 무기 지원을 규탄했다.", "ACCUSE", "NOR", "IRN", "YEM"),
]


@pytest.mark.parametrize("text, kind, actor, doer, destination", AIMED_AT_THE_DOER)
def test_a_judged_deed_is_aimed_at_its_doer(text, kind, actor, doer, destination):
    found = sides(text, kind, PUB)
    assert any(actor in a and doer in r and destination not in r for a, r in found), found


# negatives: no genitive doer, so the state before the deed's noun is still the one the act names
NO_DOER = [
    ("페루 외교부는 칠레 파병 계획을 비판했다.", "ACCUSE", "PER", "CHL"),
    ("볼리비아 정부는 칠레의 주장을 반박했다.", "REJECT", "BOL", "CHL"),
]


@pytest.mark.parametrize("text, kind, actor, recipient", NO_DOER)
def test_without_a_genitive_doer_the_named_state_stays(text, kind, actor, recipient):
    found = sides(text, kind, PUB)
    assert any(actor in a and recipient in r for a, r in found), found
