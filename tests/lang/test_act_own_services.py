"""(ensubj46) Every armed service is a part of the speaker's own state (`domestic_actors` completed with the Phoenix
agents dictionary's ~MIL entries naming a whole service: army, navy, air force, coast guard, marines, national guard,
armed forces), of one word or two: 'Ecuador insisted its navy withdraw' states Ecuador's own act (AGREE), as 'its
troops' does (lang/en/act_own_mandates), no demand on another. Korean '자국 해군이 철수해야 한다고' asks no one."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text", [
    "Ecuador insisted its navy withdraw from the gulf before the talks.",
    "Ecuador insisted that its coast guard withdraw from the disputed reef.",
    "Ecuador insisted its air force withdraw from the border zone.",
    "Ecuador demanded that its national guard withdraw from the frontier.",
])
def test_an_own_service_in_a_subjunctive_is_the_speakers_stated_act(text):
    assert not sides(text, "REQUEST"), events(text)
    found = sides(text, "AGREE")
    assert found and found[0][0] == ["ECU"], events(text)


def test_korean_own_service_obligation_asks_no_one():
    text = "에콰도르는 자국 해군이 만에서 철수해야 한다고 주장했다."
    assert not any(receivers for _, receivers in sides(text, "REQUEST")), events(text)


# negative rows: another state's service is asked; others the speaker has are no part of it
@pytest.mark.parametrize("text, asked", [
    ("Ecuador insisted that Colombia's navy withdraw from the gulf.", ["COL"]),
    ("Ecuador insisted that Colombia's coast guard withdraw from the disputed reef.", ["COL"]),
])
def test_another_states_service_is_asked(text, asked):
    found = sides(text, "REQUEST")
    assert found and found[0] == (["ECU"], asked), events(text)


def test_others_the_speaker_has_are_no_service():
    assert not sides("Ecuador insisted that its neighbours withdraw from the gulf.", "AGREE")
