"""(acts58, issues 13/15) The Korean twins of tests/lang/en/test_acts58.py: an attack noun as the subject of a verb of
striking lands on its object (act_occurred_attacks.struck_object, cue striking_attack_verb); a signal noun jammed is
COERCE cyber (jammed_signal_noun); a journey for talks reads as the English does, drills with a partner as the
English should. Our own
sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import check_moded_row

ROWS = [  # (sentence, type, mode, acting, receiving); acting None: no event of the type
    ("자살 폭탄 테러가 페샤와르의 모스크를 강타했다.", "ASSAULT", "suicide-attack", set(), {("PAK", "REL")}),
    ("차량 폭탄 테러가 카노의 시장을 강타했다.", "ASSAULT", "explosives", set(), {("NGA", "CVL")}),
    ("폭탄 테러가 카노의 경찰서를 덮쳤다.", "ASSAULT", "explosives", set(), {("NGA", "COP")}),
    ("태풍이 카노의 시장을 강타했다.", "ASSAULT", None, None, None),  # guard: no attack noun
    ("러시아가 에스토니아 상공에서 GPS 신호를 교란했다.", "COERCE", "cyber", {("RUS", "GOV")}, {("EST", "GOV")}),
    ("러시아가 조지아의 방송 전파를 방해했다.", "COERCE", "cyber", {("RUS", "GOV")}, {("GEO", "GOV")}),
    ("투기 세력이 시장을 교란했다.", "COERCE", None, None, None),  # guard: a market disrupted is no signal jammed
    ("일본은 필리핀과 훈련을 실시했다.", "COOPERATE", None, {("JPN", "GOV"), ("PHL", "GOV")}, set()),
    ("케냐 외교장관은 에티오피아 외교장관과의 회담을 위해 아디스아바바를 방문했다.", "CONSULT", None,
     {("KEN", "GOV"), ("ETH", "GOV")}, set()),
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", ROWS)
def test_acts58_twins(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)
