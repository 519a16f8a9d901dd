"""actors57b (issue 14): an opposition named by no state ('The opposition condemned X', '야당은 X를 비난했다') speaks
for the state the paragraph before named, as a stateless force's deed is that state's (sectors.STORY_OPPOSITION_SECTORS,
pipeline/act_actor_defaults.unnamed_actors); a paragraph of two states, or of none, leaves it with no side, and other
people with no state (farmers) stay unplaced in a statement. Our own sentences, both languages."""
from __future__ import annotations

import pytest

from tests.event_sides import events

ROWS = [  # (sentence, the ACCUSE's acting (state, sector) or None: no ACCUSE)
    ("Fuel queues grew longer in Ghana last week. The opposition condemned Denmark on Friday.", ("GHA", "OPP")),
    ("Police in Accra detained eight traders on Monday. The opposition condemned Denmark on Friday.", ("GHA", "OPP")),
    ("가나에서 지난주 연료 부족이 심해졌다. 야당은 금요일 덴마크를 강하게 비난했다.", ("GHA", "OPP")),
    ("아크라 경찰은 월요일 상인 8명을 체포했다. 야당은 금요일 덴마크를 강하게 비난했다.", ("GHA", "OPP")),
    # two states before: no one state to give; people other than the opposition: no state for their words
    ("Ghana and Togo traded accusations over the border. The opposition condemned Denmark on Friday.", None),
    ("가나와 토고가 국경 문제로 서로를 비난했다. 야당은 금요일 덴마크를 강하게 비난했다.", None),
    ("Fuel queues grew longer in Ghana last week. Farmers condemned Denmark on Friday.", None),
]


@pytest.mark.parametrize("text, side", ROWS)
def test_bare_opposition_speaks_for_the_paragraph_state(text, side):
    found = [e for e in events(text) if e.type == "ACCUSE"]
    if side is None:
        assert not found, [[(p.country, p.sector) for p in e.participants] for e in found]
        return
    assert found and side in {(p.country, p.sector) for p in found[0].participants}, \
        [[(p.country, p.sector) for p in e.participants] for e in found]
