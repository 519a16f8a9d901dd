"""Property defaced with a substance thrown on it ('페인트를 뿌렸다', 'splashed red paint on') is PROTEST vandalize
(the manual: defacing or damaging property); paint applied, or other things spread, are no vandalism. kbdupes68,
issue 15. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def _found(text: str) -> list[tuple]:
    return [(e.type, e.mode, sorted(p.country for p in e.participants), sorted(p.country for p in e.recipients))
            for e in events(text)]


DEFACED = [
    ("프랑스 시위대는 12일 리옹의 독일 영사관 정문에 붉은 페인트를 끼얹었다.", "FRA"),
    ("오스트리아 환경운동가들은 13일 빈 박물관에서 조각상에 물감을 뿌렸다.", "AUT"),
    ("French activists splashed red paint on the German consulate in Lyon on Friday.", "FRA"),
    ("Austrian climate activists threw soup at a statue in a Vienna museum on Friday.", "AUT"),
]


@pytest.mark.parametrize("text, actor", DEFACED)
def test_property_defaced_with_a_substance_is_vandalism(text, actor):
    found = _found(text)
    assert [f[:3] for f in found if f[0] == "PROTEST"] == [("PROTEST", "vandalize", [actor])], found


@pytest.mark.parametrize("text", [
    "이탈리아 농민들은 14일 밭에 비료를 뿌렸다.",
    "스페인 화가들은 14일 마드리드 시청 벽에 페인트를 칠했다.",
    "French farmers sprayed pesticide on their fields on Friday.",
    "Spanish workers painted the walls of the city hall in Madrid on Friday.",
])
def test_things_spread_or_paint_applied_are_no_vandalism(text):
    assert not [f for f in _found(text) if f[0] == "PROTEST"], _found(text)

