"""meet53 (issue 13): a restriction of movement (COERCE restrict: a blockade, a cordon) of a town of another state
than the restricting side's is received by the town's state, as an attack placed there is ('The Russian navy
blockaded the port of Odesa', '러시아 해군은 오데사 항구를 봉쇄했다'); a town of the actor's own state is a domestic
cordon and gets no foreign receiver (pipeline/act_site_recipients.blockaded_town). Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text, actor, receiver", [
    ("The Russian navy blockaded the port of Odesa on Monday.", "RUS", "UKR"),
    ("러시아 해군은 9일 오데사 항구를 봉쇄했다.", "RUS", "UKR"),
    ("Russian troops blocked roads in Kharkiv on Monday.", "RUS", "UKR"),
    ("러시아군은 9일 하르키우 도로를 봉쇄했다.", "RUS", "UKR"),
])
def test_the_towns_state_receives_the_blockade(text, actor, receiver):
    assert sides(text, "COERCE") == [([actor], [receiver])], sides(text, "COERCE")


@pytest.mark.parametrize("text", [
    "Greek police blockaded the port of Piraeus on Monday.",
    "그리스 경찰은 9일 피레우스 항구를 봉쇄했다.",
])
def test_a_town_of_the_actors_own_state_brings_no_foreign_receiver(text):
    found = sides(text, "COERCE")
    assert found and all(receivers in ([], ["GRC"]) for _, receivers in found), found
