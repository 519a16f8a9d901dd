"""(protest65) An accusation a state withdraws or drops is taken back: CONCEDE (CAMEO 080 retract) of the accused, no
ACCUSE and no RETREAT ('withdrew its accusation against Chile'). Korean '비난을 철회했다' agrees. Every sentence is
our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("sentence, side", [
    ("Peru withdrew its accusation against Chile.", (["PER"], ["CHL"])),
    ("Paraguay dropped its allegations against Bolivia on Friday.", (["PRY"], ["BOL"])),
    ("페루는 칠레에 대한 비난을 철회했다.", (["PER"], ["CHL"])),
])
def test_a_withdrawn_accusation_is_conceded(sentence, side):
    assert sides(sentence, "CONCEDE") == [side]
    assert not [e for e in events(sentence) if e.type in ("ACCUSE", "RETREAT")]


@pytest.mark.parametrize("sentence, kind", [
    ("Peru withdrew its troops from Chile.", "RETREAT"),  # forces withdrawn: a retreat
    ("Peru accused Chile of spying on its navy.", "ACCUSE"),  # an accusation made
])
def test_other_withdrawals_and_accusations_stay(sentence, kind):
    assert [e.type for e in events(sentence)] == [kind]
