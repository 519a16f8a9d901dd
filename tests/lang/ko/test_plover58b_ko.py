"""plover58b (issue 15): the Korean twins of tests/lang/en/test_plover58b.py and plover58's open Korean row: a deed
marked '공동으로' / '합동으로' whose verb names no act is COOPERATE of its subject's parties, the partner after 와
(lang/ko/act_joint_deeds, asked last by lang/ko/acts.stem_candidate), the twin of English lang/en/act_joint_deeds.
Every sentence is our own.
"""
from __future__ import annotations

import pytest

from tests.event_sides import check_no_act
from tests.plover_rows import ANY, OCC, sweep_test

test_plover58b_ko = sweep_test({
    "COOPERATE joint deed": [
        ("그리스와 키프로스 해경은 침몰한 여객선을 공동으로 인양했다.", "COOPERATE", {"GRC", "CYP"}, None, None, OCC),
        ("케냐는 우간다와 합동으로 밀수 조직을 해체했다.", "COOPERATE", {"KEN", "UGA"}, None, None, OCC),
        ("스페인과 모로코는 강에 다리를 공동으로 건설했다.", "COOPERATE", {"ESP", "MAR"}, None, None, OCC),
        # a joint deed to come is a promise: AGREE (coding choices: the future of COOPERATE)
        ("칠레와 페루는 식민지 시대 요새를 공동으로 복원하기로 했다.", "AGREE", {"CHL", "PER"}, None, None, ANY),
    ],
    "AGREE accord with its pair (twins of the English passive and brokered rows)": [
        ("가나와 토고 간 하천 용수 협정이 체결됐다.", "AGREE", {"GHA", "TGO"}, None, None, ANY),
    ],
})


@pytest.mark.parametrize("text,kind", [
    # words, ownership and running are no joint undertaking (cue joint_deed_stop); the passive a standing arrangement
    ("칠레와 페루는 조사 결과를 공동으로 발표했다.", "COOPERATE"),
    ("이 항구는 칠레와 페루가 공동으로 운영한다.", "COOPERATE"),
    ("이 항구는 칠레와 페루에 의해 공동으로 운영된다.", "COOPERATE"),
    # no state named
    ("두 나라는 그 조직을 공동으로 해체했다.", "COOPERATE"),
])
def test_no_such_act_ko(text, kind):
    """The shapes beside the class that state no act of its type."""
    check_no_act(text, kind)
