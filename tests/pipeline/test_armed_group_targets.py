"""An armed group named by no state ('the militia', '무장세력') whose words (a threat, a charge) are aimed at a state: the target's state never
fills the group's empty side (pipeline/act_actor_defaults.unnamed_actors), so with no other state named there is no actor and
no event, while a state named for the group or a place still gives it one."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text", [
    "The militia vowed to hit back at Ecuador.",
    "The insurgents vowed revenge against Uruguay.",
    "무장세력은 에콰도르에 보복하겠다고 다짐했다.",
])
def test_the_target_is_not_the_groups_own_state(text):
    assert all("ECU" not in actors and "URY" not in actors for actors, _ in sides(text, "THREATEN"))


@pytest.mark.parametrize("text, actor", [
    ("The Bolivian militia vowed to hit back at Ecuador.", "BOL"),
    ("무장세력은 볼리비아 북부에서 에콰도르에 보복하겠다고 다짐했다.", "BOL"),
])
def test_a_group_with_a_named_state_still_acts(text, actor):
    assert sides(text, "THREATEN") == [([actor], ["ECU"])]
