"""(ko67) Transitive 해산하다 with a gathering or its people as object is the dispersal the causative states: '경찰이
시위대를 해산했다' reads as '시위대를 해산시켰다' and as English 'police dispersed the protesters' (COERCE restrict, the
state's own people receiving it). Our own sentences; negative rows: a body dissolved ('의회를 해산했다') is no
gathering, an intransitive '단체가 해산했다' or '시위대는 해산했다' has no object and no one dispersed it; a dispersal done with a named crowd-control
weapon ('물대포를 쏴 시위대를 해산했다') is that force alone, no COERCE beside it."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode)
ROWS = {
    "transitive_dispersal_of_people": [
        ("에콰도르 경찰이 과야킬에서 시위대를 해산했다.", "COERCE", {"ECU"}, {"ECU"}, OCC, "restrict"),
        ("볼리비아 경찰은 라파스 광장에서 학생들을 해산했다.", "COERCE", {"BOL"}, {"BOL"}, OCC, "restrict"),
        ("페루 경찰이 리마 시청 앞 집회를 해산했다.", "COERCE", {"PER"}, {"PER"}, OCC, "restrict"),
        ("에콰도르 경찰이 과야킬에서 시위대를 해산시켰다.", "COERCE", {"ECU"}, {"ECU"}, OCC, "restrict"),
        ("Ecuadorian police dispersed the protesters in Guayaquil.", "COERCE", {"ECU"}, {"ECU"}, OCC, "restrict"),
    ],
    "a_named_weapon_makes_the_dispersal_the_force": [
        ("칠레 경찰이 물대포를 쏴 산티아고에서 시위대를 해산했다.", "ASSAULT", {"CHL"}, {"CHL"}, OCC, "crowd-control"),
        ("칠레 경찰이 물대포를 쏴 산티아고에서 시위대를 해산했다.", "COERCE", set(), None, None, None),
        ("칠레 경찰이 최루탄을 쏴 산티아고에서 군중을 해산시켰다.", "COERCE", set(), None, None, None),
        ("Chilean police fired water cannon to disperse the crowd in Santiago.", "COERCE", set(), None, None, None),
    ],
    "no_people_dispersed": [
        ("파라과이 대통령은 의회를 해산했다.", "COERCE", set(), None, None, None),
        ("파라과이의 한 청년 단체가 지난달 해산했다.", "COERCE", set(), None, None, None),
        ("파라과이 시위대는 자정 무렵 해산했다.", "COERCE", set(), None, None, None),
        ("The Paraguayan youth group disbanded last month.", "COERCE", set(), None, None, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ROWS))
def test_transitive_dispersal(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence), kind, actors, recipients, status, mode)
