"""(request58) A demand for an official's exit, refused ('dismissed calls for his resignation', 'rejected demands
that she step down', '자진 사퇴 요구를 거부했다', '야권의 하야 요구를 일축했다'), rejects the calls at home: the REJECT
goes to the official's own state, as 'would not step down' does (lang/en/act_sides.demanded_exit,
lang/ko/act_refused_exits.demanded_exit); a state that voiced the demand is still its recipient, and a refused demand
for anything but an exit gains no home recipient. Every sentence is our own.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.event_sides import check_act

DAY = date(2025, 6, 2)


@pytest.mark.parametrize("text", [
    "Kenyan President Daniel Mwangi has dismissed calls for his resignation after weeks of unrest.",
    "Kenya's president rejected opposition demands that he step down before the end of his term.",
    "케냐의 다니엘 므왕기 대통령은 야권의 하야 요구를 일축했다고 현지 언론이 보도했다.",
    "다니엘 므왕기 케냐 대통령은 \"임기를 마치겠다\"며 자진 사퇴 요구를 사실상 거부했다고 현지 언론이 전했다.",
])
def test_a_refused_demand_to_leave_office_goes_to_the_home_state(text):
    check_act(text, DAY, "REJECT", {"KEN"}, {"KEN"}, "occurred")


@pytest.mark.parametrize("text", [
    "Kenyan President Daniel Mwangi has dismissed Ugandan calls for his resignation.",
    "케냐의 다니엘 므왕기 대통령은 우간다의 사퇴 요구를 일축했다고 현지 언론이 보도했다.",
])
def test_a_foreign_demand_for_the_exit_stays_with_the_state_that_made_it(text):
    check_act(text, DAY, "REJECT", {"KEN"}, {"UGA"}, "occurred")


@pytest.mark.parametrize("text", [
    "Kenyan President Daniel Mwangi rejected calls to step up pressure on the protesters.",  # 'step up' is no exit
    "케냐의 다니엘 므왕기 대통령은 야권의 재협상 요구를 일축했다고 현지 언론이 보도했다.",  # no exit asked
])
def test_a_refused_demand_for_something_else_gains_no_home_recipient(text):
    events = [e for e in extract_text(text, published=DAY).events if e.type == "REJECT"]
    assert not [e for e in events if {p.country for p in e.recipients} == {"KEN"}], \
        [(e.type, [p.country for p in e.recipients]) for e in events]
