"""A side's stance sympathized with ('X의 입장에 공감한다') is SUPPORT of its owner (CAMEO 051 endorse), as English
'endorsed X's position', not the generic shared view; a stance named by its content alone ('...다는 입장에 공감했다')
stays the shared view (AGREE). kbdupes68, issue 15. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def _found(text: str) -> list[tuple]:
    return [(e.type, e.mode, sorted(p.country for p in e.participants), sorted(p.country for p in e.recipients))
            for e in events(text)]


ENDORSED = [
    ("포르투갈 총리는 14일 모로코의 입장에 공감한다고 말했다.", "PRT", "MAR"),
    ("페루 외교장관은 14일 볼리비아의 주장에 깊이 공감한다고 밝혔다.", "PER", "BOL"),
    ("Portugal's prime minister said on Monday he endorsed Morocco's position.", "PRT", "MAR"),
]


@pytest.mark.parametrize("text, actor, owner", ENDORSED)
def test_a_stance_sympathized_with_supports_its_owner(text, actor, owner):
    found = _found(text)
    assert ("SUPPORT", None, [actor], [owner]) in found, found
    assert not [f for f in found if f[0] == "AGREE"], found


@pytest.mark.parametrize("text", [
    "포르투갈과 모로코 정상은 14일 대화가 필요하다는 입장에 공감했다.",
    "포르투갈 총리는 14일 모로코 총리와 공감했다.",
])
def test_a_view_shared_stays_agree(text):
    found = _found(text)
    assert [f[0] for f in found if f[0] in ("AGREE", "SUPPORT")] == ["AGREE"], found

