"""(kocoerce66) A gathering dispersed stands for its people, in both languages: a gathering noun as the object of a verb
of dispersing ('broke up the rally', 'dispersed a sit-in', '집회를 해산시켰다', '농성을 강제 해산했다') names the
people who gathered, so the state's own people receive the COERCE, as 'dispersed the protesters' does; a gathering of
another state's people ('a Peruvian march') goes to that state. Our own sentences; negative rows: a passive names no
one dispersed by the actor, a body dissolved or a ring broken up is no gathering."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode)
ROWS = {
    "a_dispersed_gathering_is_its_people": [
        ("Ecuadorian police broke up the rally in Quito on Tuesday.", "COERCE", {"ECU"}, {"ECU"}, OCC, "restrict"),
        ("Ecuadorian police dispersed a sit-in outside the ministry in Quito on Tuesday.", "COERCE", {"ECU"}, {"ECU"},
         OCC, "restrict"),
        ("Ecuadorian police broke up a student march in Quito on Tuesday.", "COERCE", {"ECU"}, {"ECU"}, OCC,
         "restrict"),
        ("에콰도르 경찰은 키토에서 집회를 해산시켰다.", "COERCE", {"ECU"}, {"ECU"}, OCC, "restrict"),
        ("에콰도르 경찰은 키토에서 농성을 강제 해산했다.", "COERCE", {"ECU"}, {"ECU"}, OCC, "restrict"),
        ("에콰도르 경찰은 키토에서 집회를 강제해산했다.", "COERCE", {"ECU"}, {"ECU"}, OCC, "restrict"),
    ],
    "another_states_gathering_goes_to_that_state": [
        ("Ecuadorian police broke up a Peruvian march in Quito on Tuesday.", "COERCE", {"ECU"}, {"PER"}, OCC,
         "restrict"),
    ],
    "no_gathering_dispersed_by_the_actor": [
        ("The rally in Quito was broken up by Ecuadorian police on Tuesday.", "COERCE", {"ECU"}, set(), OCC, None),
        ("Ecuadorian police broke up a smuggling ring in Quito on Tuesday.", "COERCE", set(), None, None, None),
        ("에콰도르 대통령은 14일 의회를 해산했다.", "COERCE", set(), None, None, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ROWS))
def test_dispersed_gatherings(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence), kind, actors, recipients, status, mode)
