"""(koacts59b, issue 15) 'X는 Y가 ...하도록 도왔다' is X's AID to Y; 'X는 Y가 ...하도록 허용했다/허락했다' X's SUPPORT of Y
(lang/ko/act_enabled_parties.py), as English 'X helped / allowed Y to ...' (lang/en/act_enabled_parties.py). Our own
sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import check_side_row, events


@pytest.mark.parametrize("text, kind, acting, receiving", [
    ("노르웨이는 아이슬란드가 해저 케이블을 복구하도록 도왔다.", "AID", "NOR", "ISL"),
    ("일본은 베트남이 새 항구를 건설할 수 있도록 도와줬다.", "AID", "JPN", "VNM"),
    ("터키는 아제르바이잔이 영공을 사용하도록 허용했다.", "SUPPORT", "TUR", "AZE"),
    ("오만은 예멘이 국경 초소를 다시 열도록 허락했다.", "SUPPORT", "OMN", "YEM"),
])
def test_the_one_helped_receives_the_helpers_act(text, kind, acting, receiving):
    check_side_row(text, kind, acting, receiving)


@pytest.mark.parametrize("text", [
    "노르웨이는 경찰이 시위대를 해산하도록 도왔다.",  # no state named as the one helped
    "노르웨이는 아이슬란드가 해저 케이블을 복구하도록 돕겠다고 밝혔다.",  # help promised, not given
    "터키는 아제르바이잔이 영공을 사용하도록 허용하지 않았다.",  # refused (read as REJECT elsewhere)
    "노르웨이는 아이슬란드가 케이블을 훼손하지 않도록 도왔다.",  # a deed prevented
])
def test_no_help_given_to_a_named_side(text):
    found = [e for e in events(text) if e.type in ("AID", "SUPPORT") and e.status == "occurred" and e.recipients]
    assert not found, [(e.type, e.status) for e in found]
