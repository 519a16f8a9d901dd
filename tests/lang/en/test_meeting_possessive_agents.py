"""(actors66) A state's organized part named with the state's possessive ("Ghana's generals", "Chile's senators") is
a meeting's party with the part's sector, as 'Ghanaian generals' is (lang/en/agents.py party_after); a part that sits
at no meeting for its state (students, the press) and a possessive phrase that is only talked about stay no party.
Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events


def met(text: str) -> set[tuple[str, str]]:
    return {(p.country, p.sector) for e in events(text) if e.type == "CONSULT" for p in e.participants}


@pytest.mark.parametrize("text, party", class_rows({
    "possessive-agent": [
        ("Peru's foreign minister met Ghana's generals in Lima on Monday.", ("GHA", "MIL")),
        ("Norway's prime minister met Bolivia's senators in Oslo.", ("BOL", "LEG")),
        ("Chile's interior minister met Gabon's opposition in Santiago.", ("GAB", "OPP")),
    ],
}))
def test_possessive_agent_is_a_party(text: str, party: tuple[str, str]) -> None:
    assert party in met(text)


@pytest.mark.parametrize("text, code", class_rows({
    "no-meeting-sector": [
        ("Peru's foreign minister met Ghana's students in Lima on Monday.", "GHA"),
    ],
    "talked-about": [
        ("Peru's foreign minister discussed Ghana's rebels with Chile's envoy in Lima.", "GHA"),
    ],
}))
def test_no_party_from_other_possessives(text: str, code: str) -> None:
    assert code not in {c for c, _s in met(text)}
