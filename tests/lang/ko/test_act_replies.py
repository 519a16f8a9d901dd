"""(koacts38) A sentence opening with '이에' (in reply to this), '이에 대해', '이에 맞서' answers the sentence before: its acts
that name no side of their own are aimed at the sides that acted there (pipeline/act_recipients.py replied_to).
'이에 앞서' (before this) and '이에 따라' (accordingly) answer nothing. Every sentence here is our own."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.conftest import countries
from tests.lang.ko.act_rows import PUB

ASKED = "에콰도르는 콜롬비아에 국경 개방을 요구했다. "
SENT = "에콰도르 정부는 콜롬비아 난민에게 긴급 식량을 보냈다. "

REPLIES = [
    (ASKED + "이에 콜롬비아는 먼저 밀수 단속을 강화할 것을 요구했다.", [("REQUEST", {"COL"}, {"ECU"}, "occurred")]),
    (SENT + "이에 콜롬비아 외교부는 깊은 감사를 표했다.", [("SUPPORT", {"COL"}, {"ECU"}, "occurred")]),
    (SENT + "이에 대해 콜롬비아 대통령은 사의를 표했다.", [("SUPPORT", {"COL"}, {"ECU"}, "occurred")]),
    # before this: no reply
    (SENT + "이에 앞서 콜롬비아 외교부는 깊은 감사를 표했다.", [("SUPPORT", {"COL"}, set(), "occurred")]),
]

@pytest.mark.parametrize("text,expected", REPLIES)
def test_reply_is_aimed_at_the_sentence_before(text, expected):
    events = extract_text(text, published=PUB).events
    for type_, actors, recipients, status in expected:  # the reply: the act of this type by the answering side
        found = [e for e in events if e.type == type_ and countries(e.participants) == actors]
        assert found and countries(found[0].recipients) == recipients and found[0].status == status, events
