"""(protest65) A meeting verb in the passive between bare states: 'Chile was visited by Peru' is a meeting of Chile and
Peru as 'Peru visited Chile' is; the object before a word whose agent follows ('by Peru') is the passive's subject,
not an owner's noun phrase after it (pipeline/states.state_parties). Korean active rows agree. Every sentence is our
own."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def consult_states(sentence: str) -> list[set[str]]:
    return [{p.country for p in e.participants} for e in events(sentence) if e.type == "CONSULT"]


@pytest.mark.parametrize("sentence, states", [
    ("Chile was visited by Peru.", {"CHL", "PER"}),
    ("Chile was contacted by Peru on Monday.", {"CHL", "PER"}),
    ("Santiago was visited by Peru's foreign minister on Monday.", {"CHL", "PER"}),
    ("Paraguay was visited by a Bolivian delegation.", {"PRY", "BOL"}),
    ("Peru visited Chile.", {"PER", "CHL"}),  # the active agrees
    ("페루는 칠레를 방문했다.", {"PER", "CHL"}),
])
def test_passive_meeting_of_states_is_held(sentence, states):
    assert consult_states(sentence) == [states]


@pytest.mark.parametrize("sentence", [
    "Chile was attacked by Peru.",  # no meeting word
    "The talks were hosted by Chile.",  # one state only: no pair
])
def test_no_meeting_without_two_parties_met(sentence):
    assert consult_states(sentence) == []
