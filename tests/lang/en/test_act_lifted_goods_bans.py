"""(conflict54) A ban lifted on a state's goods, named by its demonym before a traded good ('lifted its ban on
Moldovan fruit'), is a trade curb eased: RETREAT (CAMEO 085, as 'lifted its embargo on X' and Korean '수입 금지
(조치)를 해제했다' read), with the goods' state receiving. A ban on anything else ('on gatherings', 'on a brand's
cigarettes') stays the CONCEDE of a lifted restriction. Our own sentences; the Korean rows are
tests/lang/ko/test_act_lifted_goods_bans.py."""
from __future__ import annotations

import pytest

from tests.event_sides import check_eased_goods_ban

ROWS = [  # (sentence, lifting state, state whose goods)
    ("Russia lifted its ban on Moldovan fresh fruit.", "RUS", "MDA"),
    ("Peru lifted the ban on Chilean beef on Friday.", "PER", "CHL"),
    ("Saudi Arabia lifted its ban on Turkish steel products.", "SAU", "TUR"),
]


@pytest.mark.parametrize("text, actor, target", ROWS)
def test_a_lifted_ban_on_goods_is_retreat(extract, text, actor, target):
    check_eased_goods_ban(extract(text).events, actor, target)


NEGATIVES = [  # no state's goods: a restriction lifted, CONCEDE
    "Thailand lifted the ban on gatherings in Chiang Mai.",
    "Kenya lifted its ban on Marlboro cigarettes.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_other_bans_stay_concede(extract, text):
    found = extract(text).events
    assert [e for e in found if e.type == "CONCEDE"] and not [e for e in found if e.type == "RETREAT"], \
        [(e.type, e.mode) for e in found]
