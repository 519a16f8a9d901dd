"""charges50b: a measure weighed, read the same in both languages. English 'Peru is weighing sanctions on Ecuador'
was a planned SANCTION ('sanctions' taken as a verb after 'weighing'), while 'is considering sanctions' and Korean
'제재를 저울질하고 있다' read THREATEN restrict (lang/en/act_modes.considered_measures). Korean '제재 부과를 검토하지 않고
있다' (a weighing denied) was a planned SANCTION, while English 'is not considering sanctions' reads nothing
(lang/ko/act_weighed_measures). Our own sentences; negative rows keep plain sanctions and plain weighing."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode)
ROWS = {
    "noun_after_weighing_is_threaten": [
        ("Peru is weighing sanctions on Ecuador, its trade minister said.", "THREATEN", {"PER"}, {"ECU"}, OCC,
         "restrict"),
        ("Peru is mulling sanctions against Ecuador.", "THREATEN", {"PER"}, {"ECU"}, OCC, "restrict"),
        ("Peru weighs sanctions on Ecuador after the border dispute.", "THREATEN", {"PER"}, {"ECU"}, OCC, "restrict"),
        ("페루는 에콰도르에 대한 제재를 저울질하고 있다.", "THREATEN", {"PER"}, {"ECU"}, OCC, "restrict"),
    ],
    "noun_after_weighing_is_no_sanction": [
        ("Peru is weighing sanctions on Ecuador, its trade minister said.", "SANCTION", set(), None, None, None),
        ("Peru is mulling sanctions against Ecuador.", "SANCTION", set(), None, None, None),
        ("페루는 에콰도르에 대한 제재를 저울질하고 있다.", "SANCTION", set(), None, None, None),
    ],
    "denied_weighing_is_nothing": [
        ("Peru is not weighing sanctions on Ecuador.", "SANCTION", set(), None, None, None),
        ("Peru is not weighing sanctions on Ecuador.", "THREATEN", set(), None, None, None),
        ("페루는 에콰도르에 대한 제재 부과를 검토하지 않고 있다.", "SANCTION", set(), None, None, None),
        ("페루는 에콰도르에 대한 제재 부과를 검토하지 않고 있다.", "THREATEN", set(), None, None, None),
        ("페루는 에콰도르에 대한 제재를 검토하지 않고 있다고 밝혔다.", "SANCTION", set(), None, None, None),
    ],
    "plain_measures_stay": [
        ("Peru sanctions Ecuador's fishing fleet over the dispute.", "SANCTION", {"PER"}, {"ECU"}, OCC, None),
        ("Peru imposed sanctions on Ecuador on Monday.", "SANCTION", {"PER"}, {"ECU"}, OCC, None),
        ("페루는 에콰도르에 제재를 부과했다.", "SANCTION", {"PER"}, {"ECU"}, OCC, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ROWS))
def test_weighed_noun_verbs(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence), kind, actors, recipients, status, mode)
