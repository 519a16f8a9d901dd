"""Forces named by an agent noun with no state ('보안군은', '경찰은', '갱단은': agents table sectors COP, COP, CRM) whose
deed of force is placed: the state of the act's place, with the noun's own sector (act_placed_people.STATELESS_FORCES);
with no place, the one state the paragraph named just before; with two states, or no state at all, no side
is guessed. Our own sentences (English:
tests/lang/en/test_act_stateless_forces.py)."""
from __future__ import annotations

import pytest

from tests.event_sides import check_place_force

ROWS = [  # (sentence, the ASSAULT's acting (state, sector) or None: no ASSAULT)
    # actors57: 보안군 is COP, as English 'security forces' (docs/coding-choices.md; was MIL)
    ("보안군은 8일 라고스에서 시위대 12명을 사살했다.", ("NGA", "COP")),
    ("갱단은 8일 카라치에서 경찰서를 습격했다.", ("PAK", "CRM")),
    ("경찰은 8일 나이로비에서 시위대에 최루탄을 발사했다.", ("KEN", "COP")),
    ("보안군은 8일 케냐와 소말리아 국경 지대에서 시위대 12명을 사살했다.", None),
    ("경찰은 8일 시위대 12명을 체포했다.", None),
    # no place: the one state the paragraph named just before (pipeline act_actors.paragraph_state); two: none
    ("나이지리아에서 연료값 인상에 대한 분노가 커지고 있다. 보안군은 8일 시위대 12명을 사살했다.", ("NGA", "COP")),
    ("케냐와 소말리아가 국경 문제로 서로를 비난했다. 보안군은 8일 시위대 12명을 사살했다.", None),
]


@pytest.mark.parametrize("text, side", ROWS)
def test_stateless_forces_take_the_place_state(extract, text, side):
    check_place_force(extract(text).events, side)
