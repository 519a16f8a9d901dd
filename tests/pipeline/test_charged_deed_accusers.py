"""charges50b (issue 13): a charged deed kept because it names no receiving state is the accuser's report of what it
suffered, so the accuser receives it. English 'Peru accused Ecuador of shelling a lighthouse / its border posts' gave
ASSAULT Ecuador -> nobody, while Korean 'A는 B가 등대를 포격했다고 비난했다' gave B -> A
(pipeline/act_charged_deeds.struck_accuser). A deed against a third state stays dropped; two charging sides in one
sentence leave the deed as it was (no single accuser). Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event))
ROWS = {
    "charged_deed_struck_the_accuser": [
        ("Peru accused Ecuador of shelling a lighthouse.", "ASSAULT", {"ECU"}, {"PER"}, OCC),
        ("Peru accused Ecuador of shelling its border posts.", "ASSAULT", {"ECU"}, {"PER"}, OCC),
        ("Peru and Chile accused Ecuador of shelling a lighthouse.", "ASSAULT", {"ECU"}, {"PER", "CHL"}, OCC),
        ("페루는 에콰도르가 등대를 포격했다고 비난했다.", "ASSAULT", {"ECU"}, {"PER"}, OCC),
    ],
    # charges51: the ground of a condemnation, and people of no named state a charge says were detained
    "condemned_ground_struck_the_condemner": [
        ("Peru condemned Ecuador for shelling a lighthouse.", "ASSAULT", {"ECU"}, {"PER"}, OCC),
        ("Peru condemned Ecuador for shelling villages in Colombia.", "ASSAULT", {"ECU"}, {"COL"}, OCC),
    ],
    "charged_detention_struck_the_accuser": [
        ("Peru accused Ecuador of detaining five fishermen.", "COERCE", {"ECU"}, {"PER"}, OCC),
        ("페루는 에콰도르가 어부 다섯 명을 억류했다고 비난했다.", "COERCE", {"ECU"}, {"PER"}, OCC),
        ("Peru accused Ecuador of detaining opposition leaders.", "COERCE", set(), None, None),
    ],
    "the_charge_stays": [
        ("Peru accused Ecuador of shelling a lighthouse.", "ACCUSE", {"PER"}, {"ECU"}, OCC),
        ("페루는 에콰도르가 등대를 포격했다고 비난했다.", "ACCUSE", {"PER"}, {"ECU"}, OCC),
    ],
    "third_state_deed_dropped": [
        ("Peru accused Ecuador of shelling villages in Colombia.", "ASSAULT", set(), None, None),
    ],
    "two_charging_sides_no_receiver": [
        ("Peru accused Ecuador of shelling a lighthouse, and Chile condemned Ecuador too.", "ASSAULT", {"ECU"}, set(),
         OCC),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status", class_rows(ROWS))
def test_charged_deed_accusers(sentence, kind, actors, recipients, status):
    assert_act(events(sentence), kind, actors, recipients, status)
