"""(acts57, issue 13) The source of a trailing attribution is no doer of the deed it reports (pipeline/placed_doers
.named_as_doer, role `source`): 'A car bomb killed six civilians in X, X-ian police said' gave the civilians' state
as acting and no one receiving. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import check_moded_row

ROWS = [  # (sentence, type, mode, acting, receiving)
    ("A car bomb killed six civilians in Kabul, Afghan police said.", "ASSAULT", "explosives", set(),
     {("AFG", "CVL")}),
    ("A car bomb killed six civilians in Kabul, the Afghan government said.", "ASSAULT", "explosives", set(),
     {("AFG", "CVL")}),
    ("A car bomb killed four Afghan civilians, Afghan police said.", "ASSAULT", "explosives", set(),
     {("AFG", "CVL")}),
    ("A car bomb killed six civilians in Kabul, police said.", "ASSAULT", "explosives", set(), {("AFG", "CVL")}),
    # guard: police that did it stay the doers, whoever reports it
    ("Afghan police killed six civilians in Kabul, witnesses said.", "ASSAULT", "targeted", {("AFG", "COP")},
     {("AFG", "CVL")}),
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", ROWS)
def test_reporter_is_no_doer(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)


@pytest.mark.xfail(strict=True, reason="acts57 open: Korean gives a doerless bomb's place its state's GOV as doer and "
                   "the closing reporter ('…고 아프간 경찰이 밝혔다') its police (role 'other', not 'source')")
def test_reporter_is_no_doer_ko():
    check_moded_row("카불에서 차량 폭탄이 터져 민간인 6명이 숨졌다고 아프간 경찰이 밝혔다.", "ASSAULT", "explosives", set(),
                    {("AFG", "CVL")})
