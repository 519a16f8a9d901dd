"""(acts59, issue 13) A charge in the plain present inside a non-restrictive relative is made, as its past tense and
the Korean present adnominal charge are: 'X, which Y accuses of ..., rejected ...' gives Y's ACCUSE of X; other
present verbs there stay standing states ('X, which backs Y, denied ...': lang/en/act_standing). Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import event_sides

DAY = date(2024, 11, 15)


@pytest.mark.parametrize("text, accuser, accused", [
    ("Georgia, which Armenia accuses of smuggling, rejected the proposal.", "ARM", "GEO"),
    ("Georgia, which Armenia accused of smuggling, rejected the proposal.", "ARM", "GEO"),  # the past, as before
    ("Laos, which accuses Thailand of dumping waste, rejected the proposal.", "LAO", "THA"),
    ("칠레를 비판하는 페루 대사는 회의에 불참했다.", "PER", "CHL"),  # the Korean twin (relatives66)
])
def test_a_present_charge_in_a_relative_is_made(text, accuser, accused):
    sides = event_sides(text, DAY)
    assert any(t == "ACCUSE" and accuser in a and accused in r for t, a, r in sides), sides


@pytest.mark.parametrize("text", [
    "Laos, which backs the rebels, rejected the proposal.",
    "Laos, which supports Thailand in the dispute, rejected the proposal.",
])
def test_other_present_relatives_stay_standing_states(text):
    assert {t for t, _, _ in event_sides(text, DAY)} <= {"REJECT"}
