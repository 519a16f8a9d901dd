"""A joint investigation or search with a partner ('B와 합동/공동 수사', 'a joint investigation with B') is COOPERATE of
both, no ACCUSE investigate of the partner; an investigation into a side stays ACCUSE investigate. kbdupes68, issue
15. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def _found(text: str) -> list[tuple]:
    return [(e.type, e.mode, sorted(p.country for p in e.participants), sorted(p.country for p in e.recipients))
            for e in events(text)]


JOINT = [
    ("독일 경찰은 15일 폴란드 경찰과 합동 수사를 벌였다.", {"DEU", "POL"}),
    ("핀란드 검찰은 15일 에스토니아 검찰과 공동 수사에 착수했다고 밝혔다.", {"FIN", "EST"}),
    ("German police launched a joint investigation with Polish police on Tuesday.", {"DEU", "POL"}),
    ("Finnish and Estonian prosecutors have opened a joint investigation into the smuggling ring.", {"FIN", "EST"}),
]


@pytest.mark.parametrize("text, partners", JOINT)
def test_a_joint_investigation_cooperates(text, partners):
    found = _found(text)
    cooperate = [f for f in found if f[0] == "COOPERATE"]
    assert cooperate and set(cooperate[0][2]) | set(cooperate[0][3]) == partners, found
    assert not [f for f in found if f[0] == "ACCUSE"], found


@pytest.mark.parametrize("text, actor, target", [
    ("핀란드 검찰은 15일 에스토니아 외교관에 대한 수사에 착수했다.", "FIN", "EST"),
    ("Finnish prosecutors opened an investigation into an Estonian diplomat on Monday.", "FIN", "EST"),
])
def test_an_investigation_of_a_side_stays_accuse(text, actor, target):
    found = _found(text)
    assert ("ACCUSE", "investigate", [actor], [target]) in found, found
    assert not [f for f in found if f[0] == "COOPERATE"], found
