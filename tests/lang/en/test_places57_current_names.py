"""places57 (issue 14): a town name several states share, read where the sentence names one of them, is the town
that bears it as its current name when the named state's one city so spelt bears it only as an old name
(kb/town_spellings.current_name_state, asked by lang/en/bare_towns.bare_town). Our own sentences, with a Korean twin; a state's
own town of the name and a sentence naming the town's state as negative rows."""
from __future__ import annotations

import pytest

from readout.kb.town_spellings import current_name_state
from tests.event_sides import place


@pytest.mark.parametrize("form, code, states, state", [
    ("Pokrovsk", "RUS", ("RUS", "UKR"), "UKR"),  # Russia's city so spelt is Engels (its old name)
    ("Pokrovsk", "UKR", ("RUS", "UKR"), "UKR"),
    ("Dzerzhinsk", "RUS", ("RUS", "UKR"), "RUS"),  # Russia's own Dzerzhinsk: its current name
    ("Gao", "MLI", ("BFA", "MLI"), "MLI"),  # no old name either side
])
def test_current_name_state(form, code, states, state):
    assert current_name_state(form, code, states) == state


@pytest.mark.parametrize("text, kind, where", [
    ("Russian artillery shelled Pokrovsk on Wednesday.", "ASSAULT", ("Pokrovsk", "UKR")),
    ("Russian guns shelled a market near Pokrovsk.", "ASSAULT", ("Pokrovsk", "UKR")),
    ("러시아 포병은 수요일 포크로우스크를 포격했다.", "ASSAULT", ("Pokrovsk", "UKR")),  # Korean twin
    ("Ukrainian drones struck Dzerzhinsk.", "ASSAULT", ("Dzerzhinsk", "RUS")),  # Russia's own town of the name
])
def test_current_name_is_the_place(text, kind, where):
    assert place(text, kind) == where
