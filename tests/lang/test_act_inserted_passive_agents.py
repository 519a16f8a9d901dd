"""enfollow68 (lang/en/act_weapon_agents.inserted_by): a passive whose verb reads as force only by its weapon agent
('were hit by X's jets') keeps that reading when a time adverbial stands between the participle and its 'by'
('were hit overnight by', 'late on Monday by'): the 'by' phrase is still the actor, the subject the sufferer, never
reversed. A 'by' phrase naming no weapon (a storm, a scandal) stays no act. Korean puts the time before the agent
('밤사이 ... 에 의해 폭격을 당했다'), read the same way. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import assert_act, events_of

DAY = date(2025, 4, 9)


@pytest.mark.parametrize("text", [
    "Ecuadorian border posts were hit overnight by Peruvian jets.",
    "Ecuadorian border posts were hit late on Monday by Peruvian missiles.",
    "Ecuadorian border posts were hit early on Tuesday by Peruvian rockets.",
    "Ecuadorian border posts were hit again by Peruvian drones.",
    "에콰도르 국경 초소들이 밤사이 페루 전투기들에 의해 폭격을 당했다.",
])
def test_the_agent_after_an_inserted_time_acts(extract, text):
    assert_act(events_of(extract(text, published=DAY)), "ASSAULT", {"PER"}, {"ECU"}, "occurred")


@pytest.mark.parametrize("text", [
    "Ecuadorian border posts were hit overnight by a heavy storm, Peru said.",
    "Ecuadorian ministers were hit last week by a scandal over Peruvian drones.",
])
def test_no_weapon_after_the_inserted_time_is_no_force(extract, text):
    assert not events_of(extract(text, published=DAY), "ASSAULT")
