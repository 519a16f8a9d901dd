"""attack71: a forces noun only modifying a site noun ('an army outpost', 'a navy base') makes a military site, as
'military base' does: a state's forces attacking one with no owner named attack the story's other state
(pipeline/act_measure_counterparts.own_forces_site); the Korean twin '군 초소', '해군 기지'. Our own sentences; negative
rows: an armed group's attack keeps its own state's forces as the side attacked, and an owner named is the side."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"
STORY_EN = "Bolivia and Paraguay have quarrelled over their border for months. "
STORY_KO = "볼리비아와 파라과이는 몇 달째 국경 문제로 갈등을 빚고 있다. "

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event))
ROWS = {
    "a_forces_site_with_no_owner_is_the_other_states": [
        (STORY_EN + "Bolivian soldiers shelled an army base on Monday.", "ASSAULT", {"BOL"}, {"PRY"}, OCC),
        (STORY_EN + "Bolivian troops attacked an army outpost near the river on Monday.", "ASSAULT", {"BOL"}, {"PRY"},
         OCC),
        (STORY_KO + "볼리비아군이 월요일 해군 기지를 포격했다.", "ASSAULT", {"BOL"}, {"PRY"}, OCC),
        (STORY_KO + "볼리비아군이 월요일 군 초소를 공격했다.", "ASSAULT", {"BOL"}, {"PRY"}, OCC),
    ],
    "an_owner_or_an_armed_group_keeps_its_side": [
        ("Bolivian troops attacked a Paraguayan army outpost.", "ASSAULT", {"BOL"}, {"PRY"}, OCC),
        (STORY_EN + "Bolivian guerrillas ambushed an army convoy on Monday.", "ASSAULT", {"BOL"}, {"BOL"}, OCC),
        (STORY_KO + "볼리비아 반군이 월요일 군 초소를 공격했다.", "ASSAULT", {"BOL"}, {"BOL"}, OCC),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status", class_rows(ROWS))
def test_forces_noun_sites(sentence, kind, actors, recipients, status):
    assert_act(events(sentence), kind, actors, recipients, status)
