"""(koplace47, issue 14) A place the sentence cannot give a state is given the state the whole story names most among
its candidates (pipeline/places.story_places, lang/place_candidates): a capital's name a larger city of another state
bears ('Victoria', 'San Jose') and, in English, a town name towns of several states share ('Gao'), in a sentence that
names none of its states. Negative rows: a story naming none of the candidates keeps the city index's city (a capital
rival) or has no place (a shared town), and a sentence naming its own state is not overruled by the story. Our own
stories, real places, invented people."""
from __future__ import annotations

import pytest

from readout.api import extract_text


def place_states(text: str) -> dict[str, str | None]:
    article = extract_text(text, published="2026-05-11")
    assert not any("candidates" in p.span.data for p in article.places), article.places
    return {p.name: p.country for p in article.places}


@pytest.mark.parametrize("text, name, state", [
    # the state named only in the first sentence
    ("Seychelles President Odile Marnet invited a Kenyan naval delegation on Sunday. "
     "The two sides held talks in Victoria on Monday.", "Victoria", "SYC"),
    ("세이셸 대통령이 10일 케냐 해군 대표단을 초청했다고 밝혔다. 양측은 11일 빅토리아에서 회담했다.", "Victoria", "SYC"),
    ("Costa Rica's foreign ministry summoned a Nicaraguan diplomat on Sunday. "
     "Protesters later gathered outside the mission in San Jose.", "San José", "CRI"),
    ("Burkina Faso's army lost contact with a supply convoy on Sunday. "
     "Two of its patrols were ambushed near Gao, officers said.", "Gao", "BFA"),
    ("Mali's junta extended a curfew on Sunday. Gunmen then raided a market near Gao.", "Gao", "MLI"),
])
def test_an_undecided_place_takes_the_story_s_state(text, name, state):
    got = place_states(text)
    assert got.get(name) == state or any(n.startswith(name[:6]) and c == state for n, c in got.items()), got


@pytest.mark.parametrize("text, name, state", [
    ("Officials held talks in Victoria on Monday.", "Victoria", "HKG"),  # no candidate named: the index's city
    ("관리들이 11일 빅토리아에서 회담했다.", "Victoria", "CAN"),
    ("Seychelles President Odile Marnet flew to Hong Kong on Sunday. "
     "Hong Kong police met her in Victoria on Monday.", "Victoria", "HKG"),  # the sentence names its state
    ("캐나다 경찰이 11일 빅토리아에서 남성 두 명을 체포했다. 세이셸 대통령은 이를 환영했다.", "Victoria", "CAN"),
])
def test_an_undecided_place_without_the_story_s_choice_stays(text, name, state):
    assert place_states(text).get(name) == state, place_states(text)


@pytest.mark.parametrize("text", [
    "Soldiers repelled an attack near Gao on Sunday. Two soldiers died, the army said.",
    "Malian and Burkinabe officers met on Sunday. Patrols were ambushed near Gao.",  # both named once: a tie
])
def test_a_shared_town_the_story_does_not_decide_is_no_place(text):
    assert "Gao" not in place_states(text)
