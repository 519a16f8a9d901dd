"""(located66) A country name that is also a person's or a US state's ('Chad', 'Jordan', 'Georgia') is vouched for as
the state by an agent noun phrase and 'of' right before it ('the police of Chad'): a person or a US state owns no
state's police or army, so the mention stands with the agent's sector wherever it is in the clause
(lang/en/located_agents.vouching_agent, the guard of countries.find_countries). Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events


def parties(text: str) -> set[tuple[str, str]]:
    return {(p.country, p.sector) for e in events(text) for p in (*e.participants, *e.recipients)}


@pytest.mark.parametrize("text, party", class_rows({
    "object": [
        ("Peru accused the police of Chad of beating students.", ("TCD", "COP")),
        ("Chile praised the army of Jordan on Friday.", ("JOR", "MIL")),
        ("Norway condemned the judges of Chad after the verdict.", ("TCD", "JUD")),
    ],
    "subject": [
        ("The police of Chad accused Peru of spying.", ("TCD", "COP")),
    ],
}))
def test_agent_of_vouches_for_the_state(text: str, party: tuple[str, str]) -> None:
    assert party in parties(text)


@pytest.mark.parametrize("text, code", class_rows({
    "a-person's-name": [  # the name goes on: a person
        ("Peru condemned the lawyer of Chad Ramirez on Tuesday.", "TCD"),
        ("Chile praised the coach of Jordan Ellis on Friday.", "JOR"),
    ],
    "a-name-in-the-subject": [
        ("The bodyguard of Jordan Ellis accused Peru of lying.", "JOR"),
    ],
}))
def test_no_state_without_an_agent(text: str, code: str) -> None:
    assert code not in {c for c, _s in parties(text)}
