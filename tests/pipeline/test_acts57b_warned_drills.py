"""(acts57b, issue 15) A warning naming no one after joint drills warns the drills' parties, in both languages
(pipeline/act_recipients.joint_drills, act_recipients_told.warned_drills). Our own
sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events

ROWS = [  # (text, type, acting, receiving); acting None: no event of the type
    ("Thailand and Malaysia held joint drills. Myanmar warned of grave consequences.", "THREATEN", {"MMR"},
     {"THA", "MYS"}),
    ("태국과 말레이시아는 합동 훈련을 실시했다. 미얀마는 엄중한 결과를 경고했다.", "THREATEN", {"MMR"}, {"THA", "MYS"}),
    # guards: a trade deal is no show of force a warning answers; an appeal is read as before
    ("Thailand and Malaysia signed a trade deal. Myanmar warned of grave consequences.", "THREATEN", None, None),
    ("Thailand and Malaysia held joint drills. Myanmar called for restraint.", "REQUEST", None, None),
]


@pytest.mark.parametrize("text, kind, acting, receiving", ROWS)
def test_warned_drills(text, kind, acting, receiving):
    found = [e for e in events(text) if e.type == kind]
    if acting is None:
        assert not found, [(e.type, [p.country for p in e.participants]) for e in found]
        return
    assert found, [e.type for e in events(text)]
    assert {p.country for p in found[0].participants} == acting
    assert {r.country for r in found[0].recipients} == receiving
