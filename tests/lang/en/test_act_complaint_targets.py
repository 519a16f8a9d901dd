"""A complaint filed or lodged at a venue (a trade body, a court) 'against' a state's measure is an ACCUSE of that
state, not of the venue (en_acts_additions: file/lodge complaint, target 'against'); the Korean '…에 대해 WTO에
제소했다' does not yet (xfail). Our own sentences, with a row where the venue alone is named and stays the recipient."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import event_sides

DAY = date(2026, 3, 10)
ROWS = [
    ("Peru filed a complaint at the World Trade Organization against Chile's new fishing quotas on Tuesday.",
     {"PER"}, {"CHL"}),
    ("Vietnam lodged a complaint with the regional trade council against Thailand's rice import ban.", {"VNM"}, {"THA"}),
    pytest.param("페루 정부는 10일 칠레의 새 어획 할당량에 대해 세계무역기구(WTO)에 제소했다.", {"PER"}, {"CHL"},
                 marks=pytest.mark.xfail(strict=True, reason="Korean: the measure's owner before '에 대해' loses to the "
                                         "venue marked 에 (works when the owner is the clause's object)")),
]


@pytest.mark.parametrize("text, actors, recipients", ROWS)
def test_complaint_names_the_measures_state(text, actors, recipients):
    assert ("ACCUSE", frozenset(actors), frozenset(recipients)) in event_sides(text, DAY)


def test_a_venue_alone_stays_the_recipient():
    found = event_sides("Peru filed a complaint with the World Trade Organization on Tuesday.", DAY)
    assert ("ACCUSE", frozenset({"PER"}), frozenset({"IGO"})) in found, found
