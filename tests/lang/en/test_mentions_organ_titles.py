"""A state's organ that is no ministry between the state and a holder's title ('Chile's government spokesman, X,'):
the title, and so the holder, is the state's, as in 'Chile's foreign ministry spokeswoman, X,' (spokes48)."""
from datetime import date

import pytest

from readout.lang.en.mentions import find_mentions
from tests.conftest import events_of


@pytest.mark.parametrize("text, name, code", [
    ("Norway's government spokesman, Ole Hansen, rejected the claim on Friday.", "Ole Hansen", "NOR"),
    ("Norway's government spokesman Ole Hansen rejected the claim on Friday.", "Ole Hansen", "NOR"),
    ("Ghana's presidential spokeswoman, Ama Mensah, welcomed the ceasefire.", "Ama Mensah", "GHA"),
    ("Kenya's army spokesman, Peter Otieno, denied the report.", "Peter Otieno", "KEN"),
    ("Peru's presidential chief of staff, Luis Vargas, met the envoy.", "Luis Vargas", "PER"),
    ("Ole Hansen, Norway's government spokesman, rejected the claim.", "Ole Hansen", "NOR"),
])
def test_state_organ_title_is_the_states(text, name, code):
    found = [m for m in find_mentions(text) if m.surface == name]
    assert found and found[0].country == code, [(m.surface, m.country) for m in find_mentions(text)]


@pytest.mark.parametrize("text, name, actor", [
    ("Norway's government spokesman, Ole Hansen, condemned the attack by Russia on Friday.", "Ole Hansen", "NOR"),
    ("Ghana's presidential spokeswoman, Ama Mensah, condemned the attack by Togo on Monday.", "Ama Mensah", "GHA"),
])
def test_state_organ_spokesperson_keeps_the_act(extract, text, name, actor):
    assert {p.country for e in events_of(extract(text, published=date(2026, 3, 16)), "ACCUSE") for p in e.participants} == {actor}
