"""modes71 (issue 15): talks halted, suspended, frozen or cut off are SANCTION withdraw in both languages (CAMEO 164
'halt negotiations' is SANCTION withdraw in the crosswalk), as 'broke off talks' and '회담을 중단했다' already were.
Negative rows: contacts, exchanges or trade stopped stay discontinue, and a halt threatened is a threat."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"

# (sentence, type, acting states, receiving states, status (None: no such event), mode)
ROWS = {
    "talks_halted_are_withdraw": [
        ("Ghana suspended talks with Togo.", "SANCTION", {"GHA"}, {"TGO"}, OCC, "withdraw"),
        ("Ghana halted negotiations with Togo.", "SANCTION", {"GHA"}, {"TGO"}, OCC, "withdraw"),
        ("Ghana froze talks with Togo.", "SANCTION", {"GHA"}, {"TGO"}, OCC, "withdraw"),
        ("Ghana cut off talks with Togo.", "SANCTION", {"GHA"}, {"TGO"}, OCC, "withdraw"),
        ("Ghana suspended dialogue with Togo.", "SANCTION", {"GHA"}, {"TGO"}, OCC, "withdraw"),
        ("가나는 토고와의 협상을 중단했다.", "SANCTION", {"GHA"}, {"TGO"}, OCC, "withdraw"),
        ("가나는 토고와의 대화를 중단했다.", "SANCTION", {"GHA"}, {"TGO"}, OCC, "withdraw"),
        ("가나는 토고와의 회담을 중단했다.", "SANCTION", {"GHA"}, {"TGO"}, OCC, "withdraw"),
    ],
    "other_exchanges_stopped_stay_discontinue": [
        ("Ghana suspended trade with Togo.", "SANCTION", {"GHA"}, {"TGO"}, OCC, "discontinue"),
        ("Ghana suspended contacts with Togo.", "SANCTION", {"GHA"}, {"TGO"}, OCC, "discontinue"),
        ("가나는 토고와의 교류를 중단했다.", "SANCTION", {"GHA"}, {"TGO"}, OCC, "discontinue"),
    ],
    "a_halt_threatened_is_no_sanction": [
        ("Ghana threatened to suspend talks with Togo.", "SANCTION", set(), None, None, None),
        ("Ghana threatened to suspend talks with Togo.", "THREATEN", {"GHA"}, {"TGO"}, OCC, "relations"),
        ("가나는 토고와의 협상을 중단하겠다고 위협했다.", "SANCTION", set(), None, None, None),
        ("가나는 토고와의 협상을 중단하겠다고 위협했다.", "THREATEN", {"GHA"}, {"TGO"}, OCC, "relations"),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ROWS))
def test_halted_talks_modes(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence), kind, actors, recipients, status, mode)
