"""enmeet50 (issue 13): 'the two sides', 'both sides', '양측' after two states named, with no meeting of people told,
are those two states (Language.side_state_references, lexicon `side_state_refs_re`; pipeline/states.state_items).
After a meeting of people the word keeps its reading as that meeting's parties (meeting_parties.expand). Every
sentence is our own (real states, invented matters)."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def consults(text: str) -> list[set[str]]:
    return [{p.country for p in e.participants} for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "Uruguay and Paraguay have long disputed the river border. The two sides held talks in Salto on Friday.",
    "Uruguay and Paraguay have long disputed the river border. Both sides met in Salto on Friday.",
    "우루과이와 파라과이는 오랫동안 강 국경을 두고 다퉈 왔다. 양측은 11일 살토에서 회담을 열었다.",
])
def test_the_two_sides_are_the_states_named_before(text):
    assert consults(text) == [{"URY", "PRY"}]


@pytest.mark.parametrize("text", [
    "Uruguayan Foreign Minister Mario Lubetkin met Paraguayan Foreign Minister Ruben Ramirez in Salto on Friday. "
    "The two sides held talks on the river border.",
])
def test_after_a_meeting_of_people_the_sides_are_its_parties(text):
    found = [e for e in events(text) if e.type == "CONSULT"]
    assert len(found) == 1 and all(p.kind == "person" for p in found[0].participants), found


@pytest.mark.parametrize("text", [
    "Uruguay criticized the decision. The two sides held talks in Salto on Friday.",
    "우루과이는 결정을 비판했다. 양측은 11일 살토에서 회담을 열었다.",
])
def test_one_state_named_before_is_no_pair(text):
    assert consults(text) == []
