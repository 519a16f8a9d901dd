"""A proposal dismissed as not worth weighing (ko48): '논의할 가치도 없다', '일고의 가치도 없다', '협상의 여지가 없다',
'협상 대상이 아니다' refuse it, CAMEO 12 reject (PLOVER REJECT), the proposal's author receiving it. A proposal worth
weighing, or a worth of another kind ('의심의 여지', '투자 가치'), states no refusal. Every sentence is our own."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.lang.ko.act_rows import PUB


def sides(text: str, type_: str) -> list[tuple[set[str], set[str]]]:
    return [({p.country for p in e.participants}, {r.country for r in e.recipients})
            for e in extract_text(text, published=PUB).events if e.type == type_]


@pytest.mark.parametrize("text", [
    "우루과이 정부는 파라과이의 수로 공동관리 제안에 대해 논의할 가치도 없다고 말했다.",
    "우루과이 외교부는 파라과이의 중재 제의는 일고의 가치도 없다고 밝혔다.",
    "우루과이 정부는 파라과이의 관세 요구에 대응할 가치조차 없다고 밝혔다.",
    "우루과이 정부는 파라과이의 수로 제안은 협상의 여지가 없다고 밝혔다.",
    "우루과이 정부는 파라과이의 국경 조정안은 검토 대상이 아니라고 밝혔다.",
    "우루과이 정부는 파라과이의 제안을 검토할 필요도 없다고 밝혔다.",
])
def test_a_proposal_judged_unworthy_is_refused(text):
    assert ({"URY"}, {"PRY"}) in sides(text, "REJECT")


@pytest.mark.parametrize("text", [
    "우루과이 정부는 파라과이의 수로 제안은 검토할 가치가 있다고 밝혔다.",
    "우루과이 정부는 파라과이의 개입에는 의심의 여지가 없다고 밝혔다.",
    "우루과이 정부는 파라과이의 광산은 투자 가치가 없다고 밝혔다.",
])
def test_other_worth_is_no_refusal(text):
    assert not sides(text, "REJECT")
