"""promise65: a promise is made when it is said (docs/coding-choices.md). A stated future act that the manual types
AGREE (an offer or promise to give, free, withdraw or lift) is an AGREE that occurred, in both languages and by every
English path: a future verb retyped by `lang/en/act_plover_reading.plover_reading` ('will release', 'is willing to
withdraw') and a nominal gift promised ('will send food aid to X'). Negative rows: a meeting said ahead (read AGREE
from CONSULT) stays planned, and so do an announced resignation and an announced measure, which are not promises."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC, PLAN = "occurred", "planned"

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode)
ROWS = {
    "a_promised_release_or_withdrawal_occurred": [
        ("Bolivia will release the Chilean fishermen, its foreign minister said.", "AGREE", {"BOL"}, {"CHL"}, OCC,
         None),
        ("Ecuador is willing to withdraw its soldiers from the border with Peru.", "AGREE", {"ECU"}, {"PER"}, OCC, None),
        ("볼리비아 정부는 칠레 어민들을 석방하겠다고 밝혔다.", "AGREE", {"BOL"}, {"CHL"}, OCC, None),
    ],
    "a_promised_gift_occurred": [
        ("Ghana said it will send food aid to Togo.", "AGREE", {"GHA"}, {"TGO"}, OCC, None),
        ("Austria will provide loans to Moldova, the chancellor said.", "AGREE", {"AUT"}, {"MDA"}, OCC, None),
        ("가나 정부는 토고에 식량을 지원하겠다고 밝혔다.", "AGREE", {"GHA"}, {"TGO"}, OCC, None),
    ],
    "a_meeting_said_ahead_stays_planned": [
        ("Chile's president will visit Lima next week.", "AGREE", {"CHL"}, {"PER"}, PLAN, None),
    ],
    "an_announced_resignation_or_measure_is_no_promise": [
        ("The Chilean foreign minister will resign next month.", "RETREAT", {"CHL"}, None, PLAN, "resign"),
        ("The Chilean foreign minister will resign next month.", "AGREE", set(), None, None, None),
        ("칠레 외교장관은 사퇴하겠다고 밝혔다.", "RETREAT", {"CHL"}, None, PLAN, "resign"),
        ("Chile will impose sanctions on Peru.", "SANCTION", {"CHL"}, {"PER"}, PLAN, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ROWS))
def test_a_promise_is_made_when_said(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence), kind, actors, recipients, status, mode)
