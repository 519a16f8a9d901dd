"""(enkidnap46) A state's own people sent into exile: the state after 'to' is the destination, no side of the act.

'Ghana exiled four opposition leaders to Togo' is COERCE deport by Ghana aimed at Ghana's opposition, as 'Ghana exiled
four opposition leaders' reads; Togo only received them. Civilians and migrants keep the 'to' state (people deported
are most often sent back to their own), and a group named with its own state keeps that state. Korean reads '야당 인사들을
토고로 추방했다' so too (kotwin46: tests/lang/test_exiled_own_people.py). Every sentence here is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("sentence, receiving", [
    ("Ghana exiled four opposition leaders to Togo last year.", ["GHA"]),
    ("Ghana deported two journalists to Togo on Friday.", ["GHA"]),
    ("Ghana exiles dissidents to Togo.", ["GHA"]),
    # negatives: the group's own state named, and migrants sent to a state
    ("Ghana deported two Nigerian journalists to Togo on Friday.", ["NGA"]),
    ("Ghana deported hundreds of migrants to Togo on Friday.", ["TGO"]),
])
def test_the_destination_of_exiled_people_receives_nothing(sentence, receiving):
    found = sides(sentence, "COERCE")
    assert found and found[0][1] == receiving and "GHA" in found[0][0], found
