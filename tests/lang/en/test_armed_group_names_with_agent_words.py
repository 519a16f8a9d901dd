"""enactors68: a listed armed group right after a state's word keeps its own sector even when its name opens with an
agent word of the Phoenix table ('Islamic' REL): 'Nigerian Islamic State militants' are Nigeria's armed group (REB),
not Nigeria's religious sector. The group is read before the agent words after the state's word
(lang/en/countries.find_countries, country_bodies.owned_group). An agent phrase that names no listed group
('Islamic clerics') keeps its own sector. Korean '나이지리아 이슬람국가 대원들이' reads the group's sector already.
Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act


def read(text: str):
    return extract_text(text, published=date(2026, 5, 11)).events


@pytest.mark.parametrize("text, type_, actor, actor_sector, target", [
    ("Nigerian Islamic State militants ambushed Chadian troops near the lake.", "ASSAULT", "NGA", "REB", "TCD"),
    ("Libyan Islamic State fighters shelled an Egyptian border post.", "ASSAULT", "LBY", "REB", "EGY"),
    ("The Malian Islamic State denounced Niger over the raids.", "ACCUSE", "MLI", "REB", "NER"),
    ("나이지리아 이슬람국가 대원들이 차드군을 공격했다.", "ASSAULT", "NGA", "REB", "TCD"),
    # negatives: an agent phrase naming no listed group keeps the agent's sector
    ("Nigerian Islamic clerics denounced Chad over the raids.", "ACCUSE", "NGA", "REL", "TCD"),
    ("Nigerian soldiers ambushed Islamic State militants inside Chad.", "ASSAULT", "NGA", "MIL", None),
])
def test_listed_group_after_state_word_keeps_its_sector(text, type_, actor, actor_sector, target):
    events = read(text)
    assert_act(events, type_, {actor}, {target} if target else None, "occurred")
    event = next(e for e in events if e.type == type_)
    assert {p.sector for p in event.participants if p.country == actor} == {actor_sector}
