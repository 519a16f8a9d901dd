"""meet52b (issue 13): a state's non-government side met with or without 'with' is the same party ('met the opposition
in <a capital>' as 'met with the opposition in <a capital>'): a meeting verb may stand right before it (lexicon en
`domestic_party_re`; Korean '야당을 만났다' as '야당과 만났다', lexicon ko `domestic_party_re`), and a capital after it is the talks' venue, the side the sentence's state's (meet50b's rule,
lang/en/located_agents.partner_side_in_capital, now for a meeting verb's object too). Our own sentences.
"""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text, sides_met", [
    ("The Zambian president met the opposition on Monday.", {("ZMB", "GOV"), ("ZMB", "OPP")}),
    ("The Zambian president met the opposition in Lusaka on Monday.", {("ZMB", "GOV"), ("ZMB", "OPP")}),
    ("The Zambian president met with the opposition in Lusaka on Monday.", {("ZMB", "GOV"), ("ZMB", "OPP")}),
    ("The Zambian president met the opposition in Harare on Monday.", {("ZMB", "GOV"), ("ZMB", "OPP")}),
    ("The Zambian president met with the opposition in Harare on Monday.", {("ZMB", "GOV"), ("ZMB", "OPP")}),
    ("The Peruvian president met rebels in Quito on Monday.", {("PER", "GOV"), ("PER", "REB")}),
    ("잠비아 대통령은 13일 하라레에서 야당을 만났다.", {("ZMB", "GOV"), ("ZMB", "OPP")}),
    ("잠비아 대통령은 13일 하라레에서 야당과 만났다.", {("ZMB", "GOV"), ("ZMB", "OPP")}),
    ("페루 대통령은 13일 키토에서 반군을 만났다.", {("PER", "GOV"), ("PER", "REB")}),
])
def test_with_or_without_with_the_side_is_the_states(text, sides_met):
    from tests.event_sides import events
    found = [{(p.country, p.sector) for p in e.participants} for e in events(text) if e.type == "CONSULT"]
    assert found == [sides_met], found


def test_rebels_in_a_capital_outside_a_meeting_stay_the_capitals():
    assert sides("Rebels in Lima attacked a police post on Monday.", "ASSAULT") == [(["PER"], ["PER"])]
