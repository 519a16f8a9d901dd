"""Korean claims that another side deployed or is preparing to deploy forces (acts47, lang/ko/act_verdicts.py
alleged_act, cue alleged_plan_type): the claim alleges the deployment (ACCUSE allege) beside the deployment itself; a
claim of one's own exercise, or a plain report with 밝히다, alleges nothing. Every sentence here is our own."""
from __future__ import annotations

import pytest

from tests.lang.ko.act_rows import check

ALLEGED = [
    ("에콰도르 국방장관은 페루가 국경에 병력을 배치했다고 주장했다.",
     [("ACCUSE", {"ECU"}, {"PER"}, "occurred"), ("MOBILIZE", {"PER"}, None, "occurred")]),
    ("브라질 대통령은 베네수엘라가 가이아나에 병력을 파견할 준비를 하고 있다고 주장했다.",
     [("ACCUSE", {"BRA"}, {"VEN"}, "occurred")]),
    # fresh36: a verb of finding alleges the deed it finds another side did ('...했다고 판단했다', '결론지었다')
    ("볼리비아 검찰은 칠레 해병대가 어촌 마을을 포격했다고 결론지었다.", [("ACCUSE", {"BOL"}, {"CHL"}, "occurred")]),
    ("캐나다는 베네수엘라 민병대가 남부에서 집단학살을 자행했다고 판단하고, 민병대 사령관을 제재했다.",
     [("ACCUSE", {"CAN"}, {"VEN"}, "occurred"), ("SANCTION", {"CAN"}, {"VEN"}, "occurred")]),
    ("페루 법원은 경제가 3% 성장했다고 판단했다.", [("ACCUSE", None, None, None)]),
    # accuse56: a claim that another side intends a force deed alleges the intent; the deed never took place
    ("가나 군정 대변인은 국영 방송에서 토고가 국경 마을을 공격하려 한다고 주장했다.",
     [("ACCUSE", {"GHA"}, {"TGO"}, "occurred"), ("ASSAULT", None, None, None)]),
    ("칠레 대통령은 자국 군이 반군 거점을 공격할 것이라고 주장했다.", [("ACCUSE", None, None, None)]),
    # negatives: the speaker's own drill; a report, no claim
    ("칠레는 자국 군이 국경 훈련을 실시했다고 주장했다.", [("ACCUSE", None, None, None)]),
    ("페루 국방부는 칠레군이 국경에 병력을 배치했다고 밝혔다.", [("ACCUSE", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", ALLEGED)
def test_claimed_deployment_is_an_allegation(text, expected):
    check(text, expected)
