"""(groups53b, issue 14) A named armed group attacking the forces of the one state its story names, in a sentence that
names no state: the group is that state's (REB) and the attack stands (pipeline/act_filed_sides.story_group_state,
the languages' `named_group`), where force9's guard dropped it as a state attacking itself. Our own sentences."""
from __future__ import annotations

import pytest


def attacks(extract, text: str) -> list[tuple[set, set]]:
    return [({(p.country, p.sector) for p in e.participants}, {(p.country, p.sector) for p in e.recipients})
            for e in extract(text).events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text, state", [
    ("Tension rose in Chad this week. The Lakeshore Liberation Front attacked an army convoy on Saturday.", "TCD"),
    ("Violence spread across Burkina Faso. The Red Valley Brigades attacked an army patrol on Friday.", "BFA"),
    ("차드에서 긴장이 높아졌다. 호숫가해방전선은 8일 군 호송대를 공격했다.", "TCD"),
    ("부르키나파소에서 폭력이 번졌다. 모래계곡해방전선이 지난 7일 군 순찰대를 공격했다.", "BFA"),
    # actors54 (row moved on purpose from the negative table): a bare armed people noun of a one-state story is that
    # state's group too
    ("Tension rose in Chad this week. Rebels attacked an army convoy on Saturday.", "TCD"),
    ("부르키나파소에서 폭력이 번졌다. 반군이 지난 7일 군 순찰대를 공격했다.", "BFA"),
])
def test_a_named_group_attacks_its_story_states_forces(extract, text, state):
    assert any((state, "REB") in a and (state, "MIL") in r for a, r in attacks(extract, text)), attacks(extract, text)


@pytest.mark.parametrize("text, state", [
    ("Fighting spread in Guinea. Rebels attacked a village on Sunday.", "GIN"),
    ("기니에서 교전이 번졌다. 반군이 마을을 공격했다.", "GIN"),
])
def test_a_bare_group_attacks_its_story_states_village(extract, text, state):
    """actors54: the bare site (lang/en/act_armed_sites, lang/ko/act_armed_settlements) of the story state's group."""
    assert any((state, "REB") in a and (state, "CVL") in r for a, r in attacks(extract, text)), attacks(extract, text)


@pytest.mark.parametrize("text", [
    "Chad and Niger held talks. The Lakeshore Liberation Front attacked an army convoy on Saturday.",  # two states
    "차드와 니제르가 회담했다. 호숫가해방전선은 8일 군 호송대를 공격했다.",
    "Chad and Niger held talks. Rebels attacked an army convoy on Saturday.",  # actors54: two states, a people noun
])
def test_no_self_attack_without_a_named_group_of_one_story_state(extract, text):
    assert not any(r and r <= a for a, r in attacks(extract, text)) and \
        not any(s == "REB" for a, _r in attacks(extract, text) for _c, s in a), attacks(extract, text)
