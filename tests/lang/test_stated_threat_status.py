"""charges50b (issue 15): a threat is made on the day it is stated, in both languages. English 'Peru said it would
expel Ecuador's ambassador' was THREATEN planned (the future hostile act retyped THREATEN kept the act's planned
status), while Korean '에콰도르 대사를 추방하겠다고 밝혔다' and English 'threatened to expel' read THREATEN occurred; a
promise said ahead was already AGREE occurred (lang/en/act_plover_reading.plover_reading). A measure announced as
such ('will impose sanctions'), a mere possibility ('could strike'), a bare future ('will bomb') and a rally
announced stay planned. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC, PLAN = "occurred", "planned"

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode)
ROWS = {
    "stated_threat_occurred": [
        ("Peru said it would expel Ecuador's ambassador.", "THREATEN", {"PER"}, {"ECU"}, OCC, "expel"),
        ("페루는 에콰도르 대사를 추방하겠다고 밝혔다.", "THREATEN", {"PER"}, {"ECU"}, OCC, "expel"),
        ("Peru said it would attack Ecuador unless it withdraws its troops.", "THREATEN", {"PER"}, {"ECU"}, OCC, None),
        ("페루는 에콰도르가 병력을 철수하지 않으면 공격하겠다고 말했다.", "THREATEN", {"PER"}, {"ECU"}, OCC, None),
        ("Peru threatened to expel Ecuador's ambassador.", "THREATEN", {"PER"}, {"ECU"}, OCC, "expel"),
    ],
    "stated_promise_occurred": [
        ("Peru said it would free the Ecuadorian fishermen.", "AGREE", {"PER"}, None, OCC, None),
    ],
    "announced_or_possible_stays_planned": [
        ("Peru will impose sanctions on Ecuador next week.", "SANCTION", {"PER"}, {"ECU"}, PLAN, None),
        ("Peru will impose sanctions on Ecuador next week.", "THREATEN", set(), None, None, None),
        ("Peru could strike Ecuador's border bases.", "ASSAULT", {"PER"}, {"ECU"}, PLAN, None),
        ("Peruvian jets will bomb Ecuador's border bases.", "THREATEN", {"PER"}, {"ECU"}, PLAN, None),
        ("Peruvian farmers said they would stage a rally against Ecuador.", "PROTEST", {"PER"}, {"ECU"}, PLAN, None),
        ("Peruvian farmers said they would stage a rally against Ecuador.", "THREATEN", set(), None, None, None),
        # plover60b: the rally announced is PROTEST planned, no threat (was THREATEN planned)
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ROWS))
def test_stated_threat_status(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence), kind, actors, recipients, status, mode)
