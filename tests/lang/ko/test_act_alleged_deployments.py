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
    # negatives: the speaker's own drill; a report, no claim
    ("칠레는 자국 군이 국경 훈련을 실시했다고 주장했다.", [("ACCUSE", None, None, None)]),
    ("페루 국방부는 칠레군이 국경에 병력을 배치했다고 밝혔다.", [("ACCUSE", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", ALLEGED)
def test_claimed_deployment_is_an_allegation(text, expected):
    check(text, expected)
