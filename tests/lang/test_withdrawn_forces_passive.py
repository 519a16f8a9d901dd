"""attack71: a force said to be withdrawn is that force's state's RETREAT (withdraw), in both languages: 'Bolivian
troops were withdrawn from the Paraguayan frontier', '볼리비아 부대가 파라과이 영토에서 철수되었다' (the passive 되 of an
objectless RETREAT verb, read as its active: the force subject acts). Our own sentences; negative rows: a subject that
is no force ('기업이 ... 철수됐다'), and a RETREAT verb with an object, whose passive subject is what is freed."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode)
ROWS = {
    "a_withdrawn_force_retreats": [
        ("Bolivian troops were withdrawn from the Paraguayan frontier.", "RETREAT", {"BOL"}, {"PRY"}, OCC, "withdraw"),
        ("볼리비아 부대가 파라과이 영토에서 철수되었다.", "RETREAT", {"BOL"}, {"PRY"}, OCC, "withdraw"),
        ("우간다 병력은 케냐 국경 지역에서 모두 철수됐다.", "RETREAT", {"UGA"}, {"KEN"}, OCC, "withdraw"),
        ("우간다군이 어제 케냐 북부에서 철수됐다.", "RETREAT", {"UGA"}, None, OCC, "withdraw"),
    ],
    "no_force_withdrawn_no_retreat_of_the_subject": [
        ("볼리비아 기업이 파라과이 시장에서 철수됐다.", "RETREAT", set(), None, None, None),
        ("볼리비아 경제 사절단 파견 계획이 철수됐다.", "RETREAT", set(), None, None, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ROWS))
def test_withdrawn_forces(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence), kind, actors, recipients, status, mode)


def test_released_subject_is_no_actor():
    """A RETREAT verb with an object: its passive subject is what is released, not the one who acts."""
    found = [e for e in events("볼리비아 어민들이 파라과이에서 석방됐다.") if e.type == "RETREAT"]
    assert all("BOL" not in {p.country for p in e.participants} - {r.country for r in e.recipients} for e in found)
