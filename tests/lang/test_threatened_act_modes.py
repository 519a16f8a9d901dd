"""modes71 (issue 15): a threat's mode is its threatened act's, from one table both languages read
(`lang/base/threat_modes`, after the CAMEO-to-PLOVER crosswalk): sanctions and embargoes threatened restrict (1312),
ties cut, envoys recalled or aid stopped threatened are relations (1311, 1313), diplomats expelled are expel (136).
Negative rows: the measure taken is no threat, and a threat keeps its addressee."""
from __future__ import annotations

import pytest

from readout.lang.base.threat_modes import THREATENED_TYPES, threat_mode
from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode)
ROWS = {
    "sanctions_threatened_restrict": [
        ("Ghana threatened to impose sanctions on Togo.", "THREATEN", {"GHA"}, {"TGO"}, OCC, "restrict"),
        ("Ghana threatened sanctions against Togo.", "THREATEN", {"GHA"}, {"TGO"}, OCC, "restrict"),
        ("Ghana threatened an embargo on Togo.", "THREATEN", {"GHA"}, {"TGO"}, OCC, "restrict"),
        ("가나는 토고에 제재를 가하겠다고 위협했다.", "THREATEN", {"GHA"}, {"TGO"}, OCC, "restrict"),
        ("가나는 토고에 대한 제재를 경고했다.", "THREATEN", {"GHA"}, {"TGO"}, OCC, "restrict"),
        ("가나는 토고에 금수 조치를 취하겠다고 위협했다.", "THREATEN", {"GHA"}, {"TGO"}, OCC, "restrict"),
    ],
    "ties_cut_threatened_are_relations": [
        ("Ghana threatened to cut ties with Togo.", "THREATEN", {"GHA"}, {"TGO"}, OCC, "relations"),
        ("Ghana threatened to sever diplomatic relations with Togo.", "THREATEN", {"GHA"}, {"TGO"}, OCC, "relations"),
        ("Ghana threatened to recall its ambassador from Togo.", "THREATEN", {"GHA"}, {"TGO"}, OCC, "relations"),
        ("Ghana threatened to suspend aid to Togo.", "THREATEN", {"GHA"}, {"TGO"}, OCC, "relations"),
        ("가나는 토고와 단교하겠다고 위협했다.", "THREATEN", {"GHA"}, {"TGO"}, OCC, "relations"),
        ("가나는 토고와의 외교 관계를 끊겠다고 경고했다.", "THREATEN", {"GHA"}, {"TGO"}, OCC, "relations"),
        ("가나는 토고 주재 대사를 소환하겠다고 위협했다.", "THREATEN", {"GHA"}, {"TGO"}, OCC, "relations"),
        ("가나는 토고에 대한 원조를 중단하겠다고 위협했다.", "THREATEN", {"GHA"}, {"TGO"}, OCC, "relations"),
    ],
    "diplomats_expelled_threatened_are_expel": [
        ("Ghana threatened to expel Togolese diplomats.", "THREATEN", {"GHA"}, {"TGO"}, OCC, "expel"),
        ("가나는 토고 외교관들을 추방하겠다고 위협했다.", "THREATEN", {"GHA"}, {"TGO"}, OCC, "expel"),
    ],
    "the_measure_taken_is_no_threat": [
        ("Ghana imposed sanctions on Togo on Monday.", "THREATEN", set(), None, None, None),
        ("Ghana cut ties with Togo on Monday.", "THREATEN", set(), None, None, None),
        ("가나는 토고에 제재를 가했다.", "THREATEN", set(), None, None, None),
        ("가나는 토고와 단교했다.", "THREATEN", set(), None, None, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ROWS))
def test_threatened_act_modes(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence), kind, actors, recipients, status, mode)


@pytest.mark.parametrize("kind, mode, contexts, expected", [
    ("SANCTION", "discontinue", ("economic",), "restrict"),     # 1312: context first
    ("SANCTION", "discontinue", ("diplomatic",), "relations"),  # 1313: the type's
    ("SANCTION", "withdraw", (), "relations"),                  # 134: talks halted
    ("SANCTION", "expel", ("diplomatic",), "expel"),            # 136: the act's own mode
    ("COERCE", "deport", (), "expel"),
    ("ASSAULT", None, ("territory",), "territory"),             # 1382
    ("ASSAULT", None, (), "violence"),
    ("AGREE", None, (), None),                                  # no hostile act: no threat mode
])
def test_threat_mode_table(kind, mode, contexts, expected):
    assert threat_mode(kind, mode, contexts) == expected


def test_threatened_types_are_hostile_acts_only():
    assert THREATENED_TYPES == {"ASSAULT", "MOBILIZE", "SANCTION", "COERCE"}
