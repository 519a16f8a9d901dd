"""enarmed68b: armed people of no state named (gunmen UAF, militants and rebels REB) who act by force on a state's own
agents ('policemen in X', 'X's soldiers', 'X 경찰관들을') operate where those agents serve: that state acts through them
and its agents receive (pipeline/act_actor_defaults.foes_home). Before, a located agent after the verb took the state
and nothing was left for the acting side, and the act was lost. Negatives: an armed group's words (a threat), and an
attack on something that names no state. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def assault_sides(text: str):
    return [({(p.country, p.sector) for p in e.participants}, {(p.country, p.sector) for p in e.recipients})
            for e in events(text) if e.type == "ASSAULT"]


@pytest.mark.parametrize("text, actor, target", [
    ("Gunmen opened fire on policemen in Ghana late on Friday.", ("GHA", "UAF"), ("GHA", "COP")),
    ("Militants ambushed Burkinabe soldiers near a village.", ("BFA", "REB"), ("BFA", "MIL")),
    ("무장괴한들이 가나 경찰관들을 공격했다.", ("GHA", "UAF"), ("GHA", "COP")),
    ("반군이 부르키나파소 군인들을 공격했다.", ("BFA", "REB"), ("BFA", "MIL")),
])
def test_armed_people_act_where_the_agents_serve(text, actor, target):
    assert assault_sides(text) == [({actor}, {target})]


@pytest.mark.parametrize("text", [
    "Gunmen ambushed a convoy late on Friday.",
    "Militants threatened soldiers in Ghana over the raids.",
    "무장괴한들이 차량 행렬을 공격했다.",
])
def test_no_state_from_words_or_an_unnamed_target(text):
    assert assault_sides(text) == []
