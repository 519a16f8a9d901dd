"""koarmed71: the members of an agent just named are that agent's people and keep its sector, in both languages, on our
own sentences: a military or police word before a member noun ('영국 해군 대원들이', '영국 경찰 요원들이') is MIL or COP,
as 'British naval personnel'; 대원 alone or after an armed group's noun ('반군 대원들', '하마스 대원들') stays the armed
group's (lexicon ko `agent_people_nouns`, lang/ko/agent_chains.agent_chain)."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def actor_sectors(text: str, kind: str) -> list[set[tuple[str, str]]]:
    return [{(p.country, p.sector) for p in e.participants} for e in events(text) if e.type == kind]


@pytest.mark.parametrize("text, kind, actor", [
    ("노르웨이 해군 대원들이 이날 화물선을 나포했다.", "COERCE", ("NOR", "MIL")),
    ("칠레 해안경비대 대원들이 어선을 나포했다.", "COERCE", ("CHL", "MIL")),
    ("Norwegian naval personnel seized a cargo ship on Sunday.", "COERCE", ("NOR", "MIL")),
])
def test_a_force_word_before_a_member_noun_is_that_force(text, kind, actor):
    found = actor_sectors(text, kind)
    assert found and actor in found[0], (found, events(text))


@pytest.mark.parametrize("text, kind, actor", [
    ("말리 반군 대원들이 이날 마을을 공격했다.", "ASSAULT", ("MLI", "REB")),
    ("Malian rebel fighters attacked a village on Sunday.", "ASSAULT", ("MLI", "REB")),
])
def test_members_of_an_armed_group_stay_the_group(text, kind, actor):
    found = actor_sectors(text, kind)
    assert found and actor in found[0], (found, events(text))
