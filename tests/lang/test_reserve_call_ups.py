"""(ploveren71) A call-up of reservists or conscripts named as a noun ('announced the call-up of reservists', 'ordered
a new call-up of conscripts') is MOBILIZE troops, as the verb 'called up' is (CAMEO 153, call up military reserve;
scripts/data/en_acts_additions.yaml), and as Korean '소집령을 내렸다'. Negative rows: a call-up with no military word
(a national team's) is none. Korean '예비군 3만 명 소집을 발표했다' (the counted object's pair, konoun46) is MOBILIZE too. Our own
sentences."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events


def xfail(reason: str, *row):
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason))


ROWS = [
    ("Israel announced the call-up of thirty thousand reservists.", {"ISR"}),
    ("Ukraine ordered a new call-up of conscripts.", {"UKR"}),
    ("이스라엘은 9일 예비군 소집령을 내렸다.", {"ISR"}),
    # negative rows: no military call-up
    ("The striker earned a call-up to the Peruvian national team.", set()),
    ("Chile's coach announced a call-up of young players for the friendly.", set()),
    ("이스라엘은 9일 예비군 3만 명 소집을 발표했다.", {"ISR"}),  # konoun46: the counted object's pair
]


@pytest.mark.parametrize("sentence, actors", ROWS)
def test_reserve_call_ups(sentence, actors):
    found = [e for e in events(sentence) if e.type == "MOBILIZE"]
    if not actors:
        assert not found, [(e.mode, countries(e.participants)) for e in found]
        return
    assert found, [(e.type, e.mode) for e in events(sentence)]
    assert countries(found[0].participants) == actors and found[0].mode == "troops"
