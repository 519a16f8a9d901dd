"""enmodes70 (issue 15): a stance sympathized with that is named by its content alone, no owner with it, is a view
shared: English 'sympathized with the position that ...' is AGREE with no receiving side, as Korean '[...해야
한다는] 입장에 공감했다' (kbdupes68) and 'agreed with the view that ...' are; a state named inside the content holds
no stance there and receives nothing (it had: SUPPORT of the content's state). A holder named with the noun ('B's
position', 'the position of B that ...', 'the position taken by B', 'B의 입장') keeps the SUPPORT of B
(lang/en/act_content_stances, lang/ko/act_word_hits). Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def _found(text: str) -> list[tuple]:
    return [(e.type, sorted(p.country for p in e.participants), sorted(p.country for p in e.recipients))
            for e in events(text)]


@pytest.mark.parametrize("text, actor", [
    ("Ecuador sympathized with the position that the river dispute should go to arbitration.", "ECU"),
    ("Ecuador sympathizes with the view that Colombia must reopen the border crossings, its president said.", "ECU"),
    ("Ecuador's foreign minister sympathised with the stance that Colombia should pay for the damage.", "ECU"),
    ("에콰도르는 콜롬비아가 국경에서 병력을 철수해야 한다는 입장에 공감했다.", "ECU"),
    ("에콰도르 외교장관은 하천 분쟁을 중재에 맡겨야 한다는 입장에 공감했다.", "ECU"),
])
def test_a_stance_named_by_its_content_is_a_view_shared(text, actor):
    found = _found(text)
    assert ("AGREE", [actor], []) in found, found
    assert not [f for f in found if f[0] == "SUPPORT" or f[0] == "AGREE" and f[2]], found


@pytest.mark.parametrize("text, actor, owner", [
    ("Ecuador sympathized with the position of Colombia that the river dispute should go to arbitration.",
     "ECU", "COL"),
    ("Ecuador sympathized with Colombia's position that the border crossings must reopen.", "ECU", "COL"),
    ("Ecuador sympathized with the position taken by Colombia on the river dispute.", "ECU", "COL"),
    ("에콰도르는 국경 검문소를 다시 열어야 한다는 콜롬비아의 입장에 공감했다.", "ECU", "COL"),
])
def test_a_stance_with_its_holder_supports_the_holder(text, actor, owner):
    found = _found(text)
    assert ("SUPPORT", [actor], [owner]) in found, found
