"""(actors66) A listed body whose name holds a country adjective and an agent noun ('the Free Syrian Army', an armed
group of the Phoenix dictionary) acts with the body's own sector, not the agent noun's ('army': MIL); a state's own
organ named the same way keeps its sector, and a bare demonym + agent is read as before (lang/en/countries.py)."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events


def parties(text: str) -> set[tuple[str, str]]:
    return {(p.country, p.sector) for e in events(text) for p in (*e.participants, *e.recipients)}


@pytest.mark.parametrize("text, party, not_party", class_rows({
    "group": [
        ("The Free Syrian Army accused Chile of arming its rivals.", ("SYR", "REB"), ("SYR", "MIL")),
        ("Peru condemned the Free Syrian Army on Sunday.", ("SYR", "REB"), ("SYR", "MIL")),
    ],
    "state-organ": [
        ("The Afghan National Army accused Chile of arming its rivals.", ("AFG", "MIL"), ("AFG", "REB")),
    ],
    "bare-agent": [
        ("The Syrian army accused Chile of arming its rivals.", ("SYR", "MIL"), ("SYR", "REB")),
    ],
}))
def test_body_sector_over_its_names_agent(text: str, party: tuple[str, str], not_party: tuple[str, str]) -> None:
    found = parties(text)
    assert party in found and not_party not in found
