"""A break-in into another side's computers, in both languages (plover61): 'broke into the computer network of X',
'infiltrated X's servers', Korean 'X의 전산망에 침입했다', '서버에 침투했다' are the manual's COERCE cyber ("hacking,
security breaches") as 'hacked into' and '해킹했다' were, aimed at the owner of the computers. Negative rows: a house,
an embassy or a party broken into or infiltrated is no cyber act. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides

INTRUSIONS = [
    # (text, actor, recipient)
    ("Iranian hackers broke into the computer network of Albania's parliament on Monday.", "IRN", "ALB"),
    ("Iranian hackers broke into Albanian government computer systems on Monday.", "IRN", "ALB"),
    ("Iranian hackers infiltrated Albania's government networks on Monday.", "IRN", "ALB"),
    ("이란 해커들이 12일 알바니아 의회 전산망에 침입했다.", "IRN", "ALB"),
    ("이란 해커들은 12일 알바니아 외무부의 서버에 침입했다.", "IRN", "ALB"),
]


@pytest.mark.parametrize("text,actor,recipient", INTRUSIONS)
def test_a_break_in_into_computers_is_a_cyber_act(text, actor, recipient):
    assert [e.mode for e in events(text) if e.type == "COERCE"] == ["cyber"]
    assert sides(text, "COERCE") == [([actor], [recipient])]


NOT_CYBER = [
    "Burglars broke into the Albanian embassy in Rome on Monday.",
    "Iranian agents infiltrated Albania's opposition party, the minister said.",
    "괴한들이 12일 로마 주재 알바니아 대사관에 침입했다.",
]


@pytest.mark.parametrize("text", NOT_CYBER)
def test_a_break_in_elsewhere_is_no_cyber_act(text):
    assert not [e for e in events(text) if e.type == "COERCE" and e.mode == "cyber"]
