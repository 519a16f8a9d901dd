"""en67: a listed armed group after another state's demonym ('the Pakistani Taliban', 'the Syrian Hezbollah') is that
state's branch of the group: the group's own sector (REB) with the demonym's state, as the group after its own
state's word ('the Yemeni Houthis') already read, not the demonym's government. A bare country name before the
group, or the demonym owning another agent noun, keeps the group its own listed state. Korean '파키스탄 탈레반은'
reads the same way (kofollow66, ko/agent_chains.named_armed_group). Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act


def read(text: str):
    return extract_text(text, published=date(2026, 4, 20)).events


@pytest.mark.parametrize("text, type_, actor, target", [
    ("The Pakistani Taliban condemned Kabul on Sunday.", "ACCUSE", "PAK", "AFG"),
    ("The Syrian Hezbollah accused Jordan of closing the border.", "ACCUSE", "SYR", "JOR"),
    ("The Kenyan al-Shabaab attacked Ethiopia.", "ASSAULT", "KEN", "ETH"),
    ("파키스탄 탈레반은 아프가니스탄 정부를 비난했다.", "ACCUSE", "PAK", "AFG"),
])
def test_group_after_demonym_is_that_states_armed_group(text, type_, actor, target):
    events = read(text)
    assert_act(events, type_, {actor}, {target}, "occurred")
    event = next(e for e in events if e.type == type_)
    assert {p.sector for p in event.participants if p.country == actor} == {"REB"}


@pytest.mark.parametrize("text, type_, actor, actor_sector, target", [
    ("Pakistani troops attacked the Taliban near the border.", "ASSAULT", "PAK", "MIL", "AFG"),
    ("Pakistani officials condemned the Taliban.", "ACCUSE", "PAK", "GOV", "AFG"),
    ("The Afghan Taliban condemned Islamabad.", "ACCUSE", "AFG", "REB", "PAK"),
])
def test_demonym_owning_another_noun_leaves_the_group_its_state(text, type_, actor, actor_sector, target):
    events = read(text)
    assert_act(events, type_, {actor}, {target}, "occurred")
    event = next(e for e in events if e.type == type_)
    assert {p.sector for p in event.participants if p.country == actor} == {actor_sector}
