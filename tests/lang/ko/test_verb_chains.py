"""The Korean counterpart of lang/en/verb_chains.py: a verb joined by '-고' to an earlier one of the same clause chain
('재확인했고 ... 촉구했다고 밝혔다', '판단하고 ... 부과했다') keeps the chain's subject, not the nearest name (a guard: the
Korean reader marks the subject with its particle, so the class holds already)."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("에콰도르 대통령은 볼리비아의 재건을 돕겠다는 의지를 재확인했고 페루 군 수뇌부에 억류자 석방을 촉구했다고 밝혔다.",
     "REQUEST", "ECU", "PER"),
    ("미국 재무부는 이란이 러시아에 드론을 공급했다고 판단하고 이란 기업들에 제재를 부과했다.", "SANCTION", "USA", "IRN"),
])
def test_a_joined_verb_keeps_the_subject_of_its_chain(text, kind, actor, recipient):
    assert sides(text, kind) == [([actor], [recipient])]
