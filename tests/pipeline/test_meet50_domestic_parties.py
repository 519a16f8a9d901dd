"""enmeet50 (issue 13): a state's government and its non-government side in talks, in both languages.

- 'The Mozambican government and the rebels held talks', '모잠비크 정부와 반군은 협상을 벌였다', '... 야당과 회담했다': the
  bare noun of the other side (rebels REB, opposition OPP) is a part of the one state the sentence names by its
  government (pipeline/states.domestic_items, Language.domestic_parties) with an id of its own
  (pipeline/states.domestic_sides, as act_side_entities.domestic_entity does for acts), so the meeting has two parties.
- A country word before the side ('Mozambican rebels', '모잠비크 반군') gives the same two parties.
- Negative rows: no state named leaves the bare noun no party; two states keep their own entities; two bodies of one
  state ('military officials and diplomats') stay one state.
Every sentence is our own (real states, invented occasions).
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def consults(text: str) -> list[set[tuple[str, str, str]]]:
    return [{(p.country, p.sector, p.id) for p in e.participants} for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text, sector", [
    ("The Mozambican government and the rebels held talks in Pemba on Friday.", "REB"),
    ("The Mozambican government held talks with the rebels on Friday.", "REB"),
    ("The rebels and the Mozambican government met on Friday.", "REB"),
    ("The Mozambican government held talks with Mozambican rebels on Friday.", "REB"),
    ("The Ethiopian government and the opposition held talks in Gondar on Friday.", "OPP"),
    ("모잠비크 정부와 반군은 11일 펨바에서 협상을 벌였다.", "REB"),
    ("모잠비크 정부는 11일 반군과 협상을 벌였다.", "REB"),
    ("모잠비크 정부는 11일 모잠비크 반군과 협상을 벌였다.", "REB"),
    ("에티오피아 정부와 야당은 11일 곤다르에서 회담을 열었다.", "OPP"),
])
def test_government_and_its_other_side_are_two_parties(text, sector):
    found = consults(text)
    assert len(found) == 1, found
    code = next(iter(found[0]))[0]
    assert {(c, s) for c, s, _ in found[0]} == {(code, "GOV"), (code, sector)}
    assert len({i for _, _, i in found[0]}) == 2


@pytest.mark.parametrize("text", [
    "The rebels held talks in Pemba on Friday.",
    "반군은 11일 펨바에서 협상을 벌였다.",
])
def test_a_side_with_no_state_named_is_no_party(text):
    assert consults(text) == []


@pytest.mark.parametrize("text", [
    "The Mozambican government and the Tanzanian government held talks on Friday.",
    "모잠비크 정부와 탄자니아 정부는 11일 회담을 열었다.",
])
def test_two_states_keep_their_own_entities(text):
    found = consults(text)
    assert found and {i for _, _, i in found[0]} == {"cty_moz", "cty_tza"}, found
