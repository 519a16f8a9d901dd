"""modes71 (issue 15): a stance named by a relative clause of stating with its own subject belongs to that subject,
so sympathy with it is SUPPORT of its holder in both languages ('the position Chile stated', '[칠레가 밝힌] 입장에
공감했다'; `lang/ko/act_endorsed_stances.held_stance`). Negative rows: a stance named by its content ('the position
that ...', '[...가 필요하다는] 입장'), one stated with no subject of its own ('[앞서 밝힌] 입장') or by the speaker's
own side ('[자국이 밝힌] 입장') is a view shared, AGREE with no one."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event))
ROWS = {
    "a_stance_its_stater_holds_is_supported": [
        ("Peru sympathized with the position Chile stated.", "SUPPORT", {"PER"}, {"CHL"}, OCC),
        ("Peru sympathized with the stance the Chilean government set out on Monday.", "SUPPORT", {"PER"}, {"CHL"}, OCC),
        ("페루는 칠레가 밝힌 입장에 공감했다.", "SUPPORT", {"PER"}, {"CHL"}, OCC),
        ("페루 외교부는 칠레 정부가 제시한 입장에 깊이 공감했다.", "SUPPORT", {"PER"}, {"CHL"}, OCC),
        ("페루는 칠레가 밝힌 입장에 공감했다.", "AGREE", set(), None, None),
    ],
    "a_stance_with_no_other_holder_is_a_view_shared": [
        ("Peru sympathized with the position that dialogue was needed.", "AGREE", {"PER"}, set(), OCC),
        ("Peru sympathized with the position that dialogue was needed.", "SUPPORT", set(), None, None),
        ("페루는 대화가 필요하다는 입장에 공감했다.", "AGREE", {"PER"}, set(), OCC),
        ("페루는 대화가 필요하다는 입장에 공감했다.", "SUPPORT", set(), None, None),
        ("페루는 앞서 밝힌 입장에 공감했다.", "SUPPORT", set(), None, None),
        ("페루는 자국이 밝힌 입장에 공감했다.", "SUPPORT", set(), None, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status", class_rows(ROWS))
def test_held_stances(sentence, kind, actors, recipients, status):
    assert_act(events(sentence), kind, actors, recipients, status)
