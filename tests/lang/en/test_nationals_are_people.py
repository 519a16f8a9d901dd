"""(enfix47) A state's nationals are its people (Phoenix CITIZEN [~CVL]): 'police arrested two Somali nationals' holds
Somalia's civilians, not its government (a bare country word with no agent noun after it reads GOV). Korean '소말리아
국민' read CVL before."""
from __future__ import annotations

import pytest

from tests.event_sides import sector_sides

HELD_NATIONALS = [
    ("Kenya said its police arrested two Somali nationals near the border.", "COERCE", ("SOM", "CVL")),
    ("Zambian police detained three Malawian nationals at the crossing on Friday.", "COERCE", ("MWI", "CVL")),
    ("Ghana deported 14 Nigerian nationals last week.", "COERCE", ("NGA", "CVL")),
    ("케냐 경찰은 소말리아 국민 2명을 체포했다.", "COERCE", ("SOM", "CVL")),
]


@pytest.mark.parametrize("text, kind, held", HELD_NATIONALS)
def test_nationals_are_civilians(text, kind, held):
    _actors, receivers = sector_sides(text, kind)
    assert held in receivers, receivers


# negative rows: a body named with 'national' keeps its own sector; the state itself, named alone, is its government
OTHER_SECTORS = [
    ("Kenyan police arrested two members of the Somali National Army.", "COERCE", ("SOM", "CVL")),
    ("Kenya said the Somali National Army shelled a border village.", "ASSAULT", ("SOM", "CVL")),
    ("Kenya accused Somalia of shelling a border village.", "ACCUSE", ("SOM", "CVL")),
]


@pytest.mark.parametrize("text, kind, not_held", OTHER_SECTORS)
def test_no_civilians_read(text, kind, not_held):
    actors, receivers = sector_sides(text, kind)
    assert not_held not in actors | receivers, (actors, receivers)
