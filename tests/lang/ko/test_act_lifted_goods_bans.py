"""(conflict54) A ban on a state's goods lifted with its measure noun ('수입 금지 조치를 해제했다') is a trade curb eased,
RETREAT (CAMEO 085), as '수입 금지를 해제했다' and English 'lifted its ban on Moldovan fruit' read; a ban on anything
else ('집회 금지 조치') stays the CONCEDE of a lifted restriction. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import check_eased_goods_ban

ROWS = [  # (sentence, lifting state, state whose goods)
    ("러시아는 몰도바산 과일에 대한 수입 금지 조치를 해제했다.", "RUS", "MDA"),
    ("사우디아라비아는 튀르키예산 철강에 대한 수입 금지 조치를 완화했다.", "SAU", "TUR"),
]


@pytest.mark.parametrize("text, actor, target", ROWS)
def test_a_lifted_ban_on_goods_is_retreat(extract, text, actor, target):
    check_eased_goods_ban(extract(text).events, actor, target)


def test_a_ban_on_gatherings_stays_concede(extract):
    found = extract("태국 정부는 치앙마이의 집회 금지 조치를 해제했다.").events
    assert [e for e in found if e.type == "CONCEDE"] and not [e for e in found if e.type == "RETREAT"], \
        [(e.type, e.mode) for e in found]
