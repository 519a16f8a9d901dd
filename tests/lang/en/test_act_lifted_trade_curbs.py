"""(sanction59) Curbs lifted on another state's trade, told with the trade after the curb noun ('lifted restrictions on
exports to X'), are an economic sanction eased (RETREAT, CAMEO 085), not the administrative concession the bare
'lifted restrictions' is (CONCEDE, CAMEO 081): lang/en/act_lifted_trade_curbs.py. Sentences are our own."""
from __future__ import annotations

import pytest

from tests.conftest import countries, events_of


@pytest.mark.parametrize("text, actor, recipient", [
    ("Vietnam lifted restrictions on exports to Laos on Monday.", "VNM", "LAO"),
    ("Kenya eased restrictions on imports from Uganda.", "KEN", "UGA"),
])
def test_trade_curbs_lifted_are_a_sanction_eased(extract, text, actor, recipient):
    found = extract(text)
    (act,) = events_of(found, "RETREAT")
    assert (countries(act.participants) - countries(act.recipients), countries(act.recipients)) \
        == ({actor}, {recipient})
    assert not events_of(found, "CONCEDE")


@pytest.mark.parametrize("text", [
    "Vietnam lifted restrictions on public gatherings in Hanoi.",
    "Kenya lifted the curfew in Mombasa on Friday.",
])
def test_other_curbs_lifted_stay_concessions(extract, text):
    found = extract(text)
    assert events_of(found, "CONCEDE") and not events_of(found, "RETREAT")
