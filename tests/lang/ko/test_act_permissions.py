"""(drawn66) Korean agrees with the English permission rule (tests/lang/en/test_act_permissions.py): a deed allowed
with -도록 허용하다 is neither done nor access; the entry of aid groups allowed is access. Every sentence is our own."""
from __future__ import annotations

from tests.event_sides import events, sides


def test_a_permission_to_act_is_no_event():
    assert [e.type for e in events("가나는 구호단체들이 토고 정부를 비판하도록 허용했다.")] == []


def test_entry_allowed_is_access():
    assert [a for a, _ in sides("가나는 구호단체들의 토고 입국을 허용했다.", "RETREAT")] == [["GHA"]]
