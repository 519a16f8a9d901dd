"""(proposals66) An order sending an envoy home reads whose envoy it is: a state ordering its own envoy back ('ordered
its ambassador to Peru to return home', 'B 주재 대사에게 귀국하라고 명령했다') recalls it, SANCTION withdraw aimed at the state
of the post, as 'recalled its ambassador' is; ordering a foreign envoy out or home ('ordered the Peruvian ambassador to
leave', 'B 대사에게 귀국하라고 명령했다') expels it, SANCTION expel. Rows that must not fire: an order to return that is
no envoy's, an envoy asked for something else, an envoy of another state posted in the orderer's."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


def of_kind(text: str, kind: str, mode: str):
    return [([p.country for p in e.participants], [r.country for r in e.recipients])
            for e in events(text) if e.type == kind and e.mode == mode]


@pytest.mark.parametrize("text, recaller, host", [
    ("Ecuador ordered its ambassador to Guyana to return home on Tuesday.", "ECU", "GUY"),
    ("Ecuador ordered its envoy to Guyana to return to Quito for consultations.", "ECU", "GUY"),
    ("Ecuador ordered its diplomats to leave Guyana within a week.", "ECU", "GUY"),
    ("에콰도르 정부는 12일 가이아나 주재 대사에게 귀국하라고 명령했다.", "ECU", "GUY"),
    ("에콰도르 정부는 12일 가이아나 주재 자국 대사에게 즉시 귀국하라고 지시했다.", "ECU", "GUY"),
    ("에콰도르 정부는 12일 가이아나 주재 대사에게 출국하라고 지시했다.", "ECU", "GUY"),
])
def test_an_order_to_ones_own_envoy_to_come_home_is_a_recall(text, recaller, host):
    assert ([recaller], [host]) in of_kind(text, "SANCTION", "withdraw"), events(text)
    assert not of_kind(text, "SANCTION", "expel"), events(text)
    assert not sides(text, "REQUEST"), events(text)


@pytest.mark.parametrize("text, expeller, expelled", [
    ("Ecuador ordered the Guyanese ambassador to leave the country.", "ECU", "GUY"),
    ("Ecuador ordered the Guyanese ambassador to return home.", "ECU", "GUY"),
    ("에콰도르 정부는 12일 가이아나 대사에게 귀국하라고 명령했다.", "ECU", "GUY"),
    ("에콰도르 정부는 12일 가이아나 대사에게 출국하라고 명령했다.", "ECU", "GUY"),
    ("에콰도르 정부는 12일 자국 주재 가이아나 대사에게 출국하라고 명령했다.", "ECU", "GUY"),
])
def test_an_order_to_a_foreign_envoy_to_leave_or_go_home_is_an_expulsion(text, expeller, expelled):
    assert ([expeller], [expelled]) in of_kind(text, "SANCTION", "expel"), events(text)
    assert not of_kind(text, "SANCTION", "withdraw"), events(text)


@pytest.mark.parametrize("text", [
    "Ecuador ordered its troops to return to their barracks near Guyana.",
    "Ecuador asked its ambassador to Guyana to explain the delay.",
    "에콰도르 정부는 12일 가이아나에 있는 자국민에게 귀국하라고 명령했다.",
    "에콰도르 정부는 12일 가이아나 주재 대사에게 상황을 보고하라고 지시했다.",
])
def test_no_envoy_ordered_home_is_no_recall(text):
    assert not of_kind(text, "SANCTION", "withdraw"), events(text)
    assert not of_kind(text, "SANCTION", "expel"), events(text)
