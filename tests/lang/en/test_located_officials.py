"""(located66) A state's own agent noun linked to it by 'in' ('met officials in Mali', 'authorities in Gabon') is the
state's government, so the whole phrase is its mention and takes the phrase's role (lang/en/located_agents.py); but a
phrase after a preposition of the act ('marched against the government in Benin') says where the act happened, and
the country word stays a bare place. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events


def parties(text: str, kind: str) -> set[str]:
    return {p.country for e in events(text) if e.type == kind for p in (*e.participants, *e.recipients)}


@pytest.mark.parametrize("text, kind, code", class_rows({
    "met-in": [
        ("Peru's president met officials in Mali on Tuesday.", "CONSULT", "MLI"),
        ("Chile's foreign minister met authorities in Gabon on Friday.", "CONSULT", "GAB"),
        ("Norway's envoy held talks with officials in Ghana on Monday.", "CONSULT", "GHA"),
    ],
    "place-of-the-act": [  # the place phrase is the act's: the protesters' own state, acted on
        ("Farmers marched against the government in Benin on Tuesday.", "PROTEST", "BEN"),
        ("Students rallied against officials in Togo on Sunday.", "PROTEST", "TGO"),
    ],
}))
def test_state_agent_in_a_state(text: str, kind: str, code: str) -> None:
    assert code in parties(text, kind)


@pytest.mark.parametrize("text, kind, code", class_rows({
    "another-state's": [  # a country word before the agent says whose they are
        ("Peru's president met Chadian officials in Mali on Tuesday.", "CONSULT", "MLI"),
    ],
    "outsider's": [
        ("Peru's president met foreign officials in Mali on Tuesday.", "CONSULT", "MLI"),
    ],
}))
def test_no_government_from_anothers_agent(text: str, kind: str, code: str) -> None:
    assert code not in parties(text, kind)
