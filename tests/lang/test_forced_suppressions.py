"""(kocoerce66) A crowd put down with armed or bloody force named as the manner is violent repression (CAMEO 175, the
crosswalk's ASSAULT, mode crowd-control), in both languages: '시위대를 무력으로 진압했다', the spaced '무력 진압했다' and the
joined '무력진압했다' read alike (kiwi splits both into the force noun and the verbal noun), '유혈 진압'; 'violently
dispersed the protesters'. The crowd is the state's own people. Our own sentences; negative rows: compulsion alone
('강제 해산', 'forcibly dispersed') or no manner stays COERCE restrict (promise65), and a negated one is no force."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"
CC = "crowd-control"

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode)
ROWS = {
    "a_dispersal_by_named_force_is_violent_repression": [
        ("에콰도르 경찰은 키토에서 시위대를 무력으로 진압했다.", "ASSAULT", {"ECU"}, {"ECU"}, OCC, CC),
        ("에콰도르 경찰은 키토에서 시위대를 무력 진압했다.", "ASSAULT", {"ECU"}, {"ECU"}, OCC, CC),
        ("에콰도르 경찰은 키토에서 시위대를 무력진압했다.", "ASSAULT", {"ECU"}, {"ECU"}, OCC, CC),
        ("에콰도르 경찰은 키토에서 집회를 유혈 진압했다.", "ASSAULT", {"ECU"}, {"ECU"}, OCC, CC),
        ("Ecuadorian police violently dispersed the protesters in Quito on Tuesday.", "ASSAULT", {"ECU"}, {"ECU"},
         OCC, CC),
        ("Ecuadorian police brutally suppressed the rally in Quito on Tuesday.", "ASSAULT", {"ECU"}, {"ECU"}, OCC,
         CC),
    ],
    "compulsion_or_no_manner_stays_a_restriction": [
        ("에콰도르 경찰은 키토에서 시위대를 강제 해산했다.", "ASSAULT", set(), None, None, None),
        ("에콰도르 경찰은 키토에서 시위대를 진압했다.", "COERCE", {"ECU"}, {"ECU"}, OCC, "restrict"),
        ("Ecuadorian police forcibly dispersed the protesters in Quito on Tuesday.", "ASSAULT", set(), None, None,
         None),
        ("Ecuadorian police dispersed the protesters in Quito on Tuesday.", "COERCE", {"ECU"}, {"ECU"}, OCC,
         "restrict"),
    ],
    "a_negated_suppression_is_no_force": [
        ("에콰도르 경찰은 키토에서 시위대를 무력으로 진압하지 않았다.", "ASSAULT", set(), None, None, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ROWS))
def test_forced_suppressions(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence), kind, actors, recipients, status, mode)
