"""ensupport68 (issue 13): a side's report, with a plain verb of saying, that another side arms or funds an armed
group ('Ghana said that Togo was arming the rebels', '가나 정부는 토고가 반군을 무장시키고 있다고 밝혔다') charges it
with a wrong: the speaker's ACCUSE allege of the backer, and the backing is the charge's content, no AID told as fact
(accuse66 read it so after a verb of alleging; lang/en/act_allegations.reported_arming,
lang/ko/act_verdict_charges.reported_backing). Backing a state's own forces, one's own backing, or another deed told with
'said' is no such charge. Our own sentences, both languages in one table."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 3, 12)

CHARGED = [
    "Ghana said that Togo was arming the rebels in the north.",
    "Ghana said Togo had funded the militia for months.",
    "가나 정부는 토고가 반군을 무장시키고 있다고 밝혔다.",
    "가나 정부는 토고가 반군에 자금을 지원했다고 밝혔다.",
]

# (sentence, the type that stays, its doer)
NOT_CHARGED = [
    ("Ghana said that Togo was arming its own army.", "AID", {"TGO"}),
    ("Ghana said it was arming the rebels in the north.", "AID", {"GHA"}),
    ("Ghana said that Togo had sent troops to the border.", "MOBILIZE", {"TGO"}),
    ("가나 정부는 토고가 국경에 병력을 배치했다고 밝혔다.", "MOBILIZE", {"TGO"}),
]


@pytest.mark.parametrize("text", CHARGED)
def test_reported_arming_is_a_charge(text):
    evs = extract_text(text, published=DAY).events
    assert_act(evs, "ACCUSE", {"GHA"}, {"TGO"}, "occurred", "allege")
    assert_act(evs, "AID", set(), None, None)


@pytest.mark.parametrize(("text", "kept", "doer"), NOT_CHARGED)
def test_other_reports_stay_deeds(text, kept, doer):
    evs = extract_text(text, published=DAY).events
    assert_act(evs, "ACCUSE", set(), None, None)
    assert_act(evs, kept, doer, None, "occurred")
