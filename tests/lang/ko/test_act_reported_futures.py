"""A future deed of another side reported by a speaker is at most that side's plan, no AGREE (modal46;
lang/ko/act_possible_deeds.reported_futures), with sentences of our own: 'A는 B가 C에 ...을 공급할 것이라고 밝혔다'.
The speaker's own future ('정부는 ...을 공급할 것이라고 밝혔다') stays its pledge (AGREE).
"""
from __future__ import annotations

from datetime import date

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


def test_reported_future_of_another_side_is_its_plan():
    events = read("리투아니아 국방장관은 프랑스가 몰도바에 방공 무기를 공급할 것이라고 밝혔다.")
    assert_act(events, "AGREE", set(), None, None)
    assert_act(events, "AID", {"FRA"}, {"MDA"}, "planned")


def test_own_future_stays_a_pledge():
    assert_act(read("에스토니아 정부는 몰도바에 방공 무기를 공급할 것이라고 밝혔다."), "AGREE", {"EST"}, {"MDA"}, "occurred")
