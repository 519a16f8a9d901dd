"""(nominal54b, issue 13) Acts in relatives, participles and nominals, second round, in both languages:
1. a suspension told by the causative ('회원 자격을 정지시켰다') or planned ('will suspend Chad') is the member
   suspended, SANCTION expel, as 'suspended Chad' and '회원 자격을 정지했다' read."""
from __future__ import annotations

import pytest

from tests.event_sides import events

# sentence, the receiving states of the SANCTION expel (None: no SANCTION expel), its status
SUSPENSIONS = [
    ("서아프리카경제공동체는 기니의 회원 자격을 정지시켰다.", {"GIN"}, "occurred"),
    ("아프리카연합은 니제르의 회원국 자격을 정지시켰다.", {"NER"}, "occurred"),
    ("아프리카연합은 니제르의 회원국 자격을 정지시킬 방침이다.", {"NER"}, "planned"),
    ("The African Union will suspend Niger.", {"NER"}, "planned"),
    ("ECOWAS will suspend Guinea after the vote in Abuja.", {"GIN"}, "planned"),
    ("The African Union suspended Niger.", {"NER"}, "occurred"),
    # guards: negated; a plain 'suspend' after 'to' is the verb before it (a threat), no suspension of its own
    ("아프리카연합은 니제르의 회원국 자격을 정지시키지 않았다.", None, None),
    ("The African Union would not suspend Niger.", None, None),
    ("ECOWAS threatened to suspend Guinea.", None, None),
]


@pytest.mark.parametrize("text,members,status", SUSPENSIONS)
def test_a_causative_or_planned_suspension_is_a_member_suspended(text, members, status):
    found = [e for e in events(text) if e.type == "SANCTION" and e.mode == "expel"]
    if members is None:
        assert not found, [(e.type, e.status) for e in found]
        return
    assert found, [(e.type, e.mode) for e in events(text)]
    assert {r.country for r in found[0].recipients} == members and found[0].status == status, found[0]
