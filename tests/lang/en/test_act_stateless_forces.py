"""Forces named by an agent noun of the agents table with no state ('Security forces shot dead ...', 'Armed gangs
attacked ...'): the subject is read as a stateless side (`act_sides.stateless_force`) whose state is the act's place's,
with the noun's own sector (COP, UAF, ...); with no place, the one state the paragraph named just before; with two states and no place of one, no side
is guessed.
Our own sentences (Korean: tests/lang/ko/test_act_stateless_forces.py)."""
from __future__ import annotations

import pytest

from tests.event_sides import check_place_force

ROWS = [  # (sentence, the ASSAULT's acting (state, sector) or None: no ASSAULT)
    ("Security forces shot dead 12 protesters in Lagos on Tuesday.", ("NGA", "COP")),
    ("Armed gangs attacked a police station in Karachi on Friday.", ("PAK", "UAF")),
    ("Gangs stormed a police station in Karachi on Friday.", ("PAK", "CRM")),
    ("Security forces killed 12 protesters near the border between Kenya and Somalia on Tuesday.", None),
    # no place: the one state the paragraph named just before (pipeline act_actors.paragraph_state); two: none
    ("Anger over fuel prices grew in Nigeria last week. Security forces shot dead 12 protesters on Tuesday.",
     ("NGA", "COP")),
    ("Kenya and Somalia traded accusations over the border. Security forces killed 12 protesters on Tuesday.", None),
]


@pytest.mark.parametrize("text, side", ROWS)
def test_stateless_forces_take_the_place_state(extract, text, side):
    check_place_force(extract(text).events, side)
