"""places60 (issue 14, class 4): a clipped people's name in the singular right before a state's agent noun ('Aussie
troops', 'Brit soldiers', 'Kiwi police') names that state's agents; before a trade, a crowd or a thing ('Kiwi fruit',
'Aussie farmers') it stays no state. English only: Korean writes no clipped demonym. Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def sides(text: str) -> set[tuple[str, str | None]]:
    """(state, sector) of every actor of every event of `text`."""
    return {(e.country, e.sector) for ev in events(text) for e in ev.participants}


@pytest.mark.parametrize("text, side", [
    ("Aussie troops fired on protesters in the capital of Vanuatu on Monday.", ("AUS", "MIL")),
    ("Brit soldiers attacked a militia camp near the Iraqi border on Tuesday.", ("GBR", "MIL")),
    ("Kiwi police arrested two Tongan activists in Auckland on Monday.", ("NZL", "COP")),
    ("Yank diplomats met Chinese officials in Geneva on Thursday.", ("USA", "GOV")),
])
def test_clipped_singular_before_state_agent(text, side):
    assert side in sides(text), sides(text)


@pytest.mark.parametrize("text, code", [
    ("Kiwi fruit growers protested against the new export tax outside parliament on Monday.", "NZL"),
    ("Aussie farmers blocked the highway to protest the drought aid cuts on Friday.", "AUS"),
    ("Kiwi tourists protested outside the airport after the flight ban on Sunday.", "NZL"),
    ("Villagers said the yank of the rope toppled the statue before soldiers arrived.", "USA"),
])
def test_clipped_singular_before_other_noun_is_no_state(text, code):
    assert all(c != code for c, _ in sides(text)), sides(text)
