"""promise65: a crowd's dispersal is force (ASSAULT crowd-control) only when a crowd-control weapon or tactic is named,
in both languages. The manual reserves ASSAULT crowd-control for 'an explicit mention of a crowd control weapon or
tactic' and codes the more ambiguous 'police pushed back protesters' RESTRICT, so a dispersal alone ('dispersed the
students', 'forcibly dispersed', '시위대를 강제 해산했다', '집회를 해산시켰다') is COERCE restrict. The weapons a
dispersal is done with are one cue for every verb of firing or using them (scripts/data/en_acts_additions.yaml
&crowd_weapons): 'used pepper spray to disperse' is the force as 'fired pepper spray' is. Negative rows: a weapon used
on no one and for no dispersal gives no event, and each reading excludes the other type."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode)
ROWS = {
    "a_dispersal_with_a_named_weapon_is_force": [
        ("Ecuadorian police used pepper spray to disperse protesters in Quito on Tuesday.", "ASSAULT", {"ECU"},
         {"ECU"}, OCC, "crowd-control"),
        ("Ecuadorian police employed pepper gas to disperse the crowd in Quito on Tuesday.", "ASSAULT", {"ECU"},
         {"ECU"}, OCC, "crowd-control"),
        ("Ecuadorian police used pepper spray to disperse protesters in Quito on Tuesday.", "COERCE", set(), None,
         None, None),
        ("에콰도르 경찰은 후추 스프레이를 사용해 키토에서 시위대를 해산했다.", "ASSAULT", {"ECU"}, {"ECU"}, OCC,
         "crowd-control"),
        ("에콰도르 경찰은 후추 스프레이를 사용해 키토에서 시위대를 해산했다.", "COERCE", set(), None, None, None),
    ],
    "a_dispersal_alone_is_a_restriction": [
        ("Ecuadorian police dispersed the students in Quito on Tuesday.", "COERCE", {"ECU"}, {"ECU"}, OCC,
         "restrict"),
        ("Ecuadorian police forcibly dispersed the protesters in Quito on Tuesday.", "COERCE", {"ECU"}, {"ECU"}, OCC,
         "restrict"),
        ("Ecuadorian police forcibly dispersed the protesters in Quito on Tuesday.", "ASSAULT", set(), None, None,
         None),
        ("에콰도르 경찰은 키토에서 시위대를 강제 해산했다.", "COERCE", {"ECU"}, {"ECU"}, OCC, "restrict"),
        ("에콰도르 경찰은 키토에서 시위대를 강제해산했다.", "COERCE", {"ECU"}, {"ECU"}, OCC, "restrict"),
        ("에콰도르 경찰은 키토에서 시위대를 강제 해산했다.", "ASSAULT", set(), None, None, None),
        ("에콰도르 경찰은 키토에서 집회를 해산시켰다.", "COERCE", {"ECU"}, None, OCC, "restrict"),
    ],
    "a_weapon_used_on_no_one_is_no_event": [
        ("A shopkeeper in Quito used pepper spray on Tuesday.", "ASSAULT", set(), None, None, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ROWS))
def test_crowd_dispersal_force(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence), kind, actors, recipients, status, mode)
