"""A measure told in a relative clause on the state that took it (recall64, issue 13), with sentences of our own.

'[자국 외교관을 추방한] 칠레에 대해 페루는 항의했다': a past relative measure with no subject of its own describes the
state it modifies as its doer, as a relative of force does ('[미사일을 발사한] A에'); its object owned by a self word
('자국 외교관을') is the own of the sentence's subject, so that subject's state receives the measure (lang/ko/act_relatives
._measure_head_agent). English 'Chile, which had expelled Peru's envoy,' reads the same sides. Negative rows: a head
naming no state ('[외교관을 추방한] 이유'), a measure only intended ('[추방하려는] 칠레').
"""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, kind, doer, receiver", [
    ("자국 외교관을 추방한 칠레에 대해 페루는 항의했다.", "SANCTION", "CHL", "PER"),
    ("자국 어선을 나포한 볼리비아에 대해 파라과이는 강하게 항의했다.", "COERCE", "BOL", "PRY"),
    ("페루는 자국 외교관을 추방한 칠레에 항의했다.", "SANCTION", "CHL", "PER"),
    ("Peru protested to Chile, which had expelled its envoy.", "SANCTION", "CHL", "PER"),
    ("Chile, which had expelled Peru's envoy, faced a protest from Peru.", "SANCTION", "CHL", "PER"),
])
def test_relative_measure_is_the_heads_on_the_subjects_state(text, kind, doer, receiver):
    assert ([doer], [receiver]) in sides(text, kind), events(text)


@pytest.mark.parametrize("text", [
    "외교관을 추방한 이유에 대해 페루 외교부는 설명하지 않았다.",
    "자국 외교관을 추방하려는 칠레에 대해 페루는 경고했다.",
])
def test_relative_measure_with_no_state_head_or_not_done_is_no_act(text):
    assert not sides(text, "SANCTION"), events(text)
