"""(enattack70) A military facility attacked is its armed forces', in both languages: 'attacked a military base', 'a
naval outpost', '군 기지를 공격했다', '군 초소를' are done to the forces of the state the object names ('a Chadian military
base', '차드 군 기지를'), else of an armed group's own state (rebels fight their state's forces); a state's forces
attacking one attack the story's other state, which an earlier sentence names. Our own sentences; negative rows: a base
visited (no attack), and a state's forces with no other state in the story keep no side of their own."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode)
ROWS = {
    "a_military_site_is_its_forces_state": [
        ("Eritrean rebels attacked a military base outside Asmara overnight.", "ASSAULT", {"ERI"}, {"ERI"}, OCC, None),
        ("Eritrean insurgents attacked an Ethiopian naval outpost near the coast on Friday.", "ASSAULT", {"ERI"},
         {"ETH"}, OCC, None),
        ("에리트레아 반군이 13일 군 기지를 공격했다.", "ASSAULT", {"ERI"}, {"ERI"}, OCC, None),
        ("에리트레아 반군이 13일 에티오피아 군 초소를 공격했다.", "ASSAULT", {"ERI"}, {"ETH"}, OCC, None),
    ],
    "a_states_forces_attack_the_story_s_other_state": [
        ("Ethiopia accused Eritrea of arming militias in Tigray. Eritrean troops attacked a military base near "
         "the frontier on Friday.", "ASSAULT", {"ERI"}, {"ETH"}, OCC, None),
        ("에티오피아는 에리트레아가 민병대를 돕고 있다고 비난했다. 에리트레아군이 13일 군 기지를 공격했다.", "ASSAULT",
         {"ERI"}, {"ETH"}, OCC, None),
    ],
    "no_attack_or_no_other_state_is_no_side": [
        ("Eritrean officials visited a military base outside Asmara on Friday.", "ASSAULT", set(), None, None, None),
        ("Eritrean troops attacked a military base near the frontier on Friday.", "ASSAULT", {"ERI"}, set(), OCC,
         None),
        ("에리트레아 관리들이 13일 군 기지를 방문했다.", "ASSAULT", set(), None, None, None),
        ("에리트레아군이 13일 군 기지를 공격했다.", "ASSAULT", {"ERI"}, set(), OCC, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ROWS))
def test_military_site_targets(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence), kind, actors, recipients, status, mode)
