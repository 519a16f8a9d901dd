"""meet52 (issue 13): a call told in one sentence and its '양측' / 'the two sides' sentence after it are one meeting
(the same parties, one event), not a second, partyless one, in both languages. Read so already (guard rows).
Every sentence is our own (real states and offices, invented occasions).
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


@pytest.mark.parametrize("text, states", [
    ("부탄 외교장관은 9일 네팔 외교장관과 전화통화를 했다. 양측은 무역 문제를 논의했다.", {"BTN", "NPL"}),
    ("The Bhutanese foreign minister spoke by phone with the Nepalese foreign minister on Monday. "
     "The two sides discussed trade.", {"BTN", "NPL"}),
    ("인도 외교장관은 9일 일본 외교장관과 전화통화를 했다. 양측은 무역 문제에 대해 의견을 교환했다.", {"IND", "JPN"}),
    ("The Indian foreign minister held a phone call with the Japanese foreign minister on Monday. "
     "The two sides traded views on farm exports.", {"IND", "JPN"}),
])
def test_the_two_sides_sentence_is_the_same_call(text, states):
    found = [e for e in events(text) if e.type == "CONSULT"]
    assert len(found) == 1 and {p.country for p in found[0].participants} == states, found
    assert found[0].mode == "phone", found[0].mode
