"""(acts58b) Korean twins of tests/lang/en/test_acts58b.py: a joint drill planned, held or denied ('실시할 계획',
'실시했다', '실시하지 않았다') keeps the verb's status, and a bare drill near another state is the drill; Korean read
so before the English fix (the verb and its object are one act there)."""
from __future__ import annotations

import pytest

from tests.event_sides import check_moded_row, check_status_parties

HELD_JOINT = [  # (sentence, status, parties); status None: no COOPERATE event
    ("칠레와 페루는 다음 달 합동 군사훈련을 실시할 계획이다.", "planned", {"CHL", "PER"}),
    ("칠레와 페루는 합동 군사훈련을 실시했다.", "occurred", {"CHL", "PER"}),
    ("칠레와 페루는 합동 군사훈련을 실시하지 않았다.", None, set()),
]


@pytest.mark.parametrize("text, status, parties", HELD_JOINT)
def test_held_joint_drills(text, status, parties):
    check_status_parties(text, "COOPERATE", status, parties)


def test_bare_drill_near_a_state():
    check_moded_row("칠레는 페루 인근에서 군사훈련을 실시했다.", "MOBILIZE", "troops", {("CHL", "GOV")}, {("PER", "GOV")})


FORCES_HIT_SITES = [  # (sentence, type, mode, acting, receiving): armed forces' means striking a site
    ("러시아 전투기들이 하르키우의 시장을 폭격했다.", "ASSAULT", "aerial", {("RUS", "MIL")}, {("UKR", "CVL")}),
    ("러시아 전투기들이 하르키우의 시장을 강타했다.", "ASSAULT", "aerial", {("RUS", "MIL")}, {("UKR", "CVL")}),  # koacts59
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", FORCES_HIT_SITES)
def test_forces_hit_sites(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)
