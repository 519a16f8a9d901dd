"""(relative71, issue 13) A protest against a thing that a part of the protesters' own state made, told by a
relative clause with that part as its subject, is aimed at that part at home: 'Uruguayan students protested against
the deal the government signed with Brazil' is a PROTEST at Uruguay's government (GOV), not at Brazil, the clause's
partner (lang/en/act_protested_makers; the condemnation twin reads so through act_sides.own_state_target). Negative
rows: a named state as the clause's subject receives it itself, a pronoun subject opens no clause. Our own
sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def protest_targets(text: str) -> list[tuple[str, str | None]]:
    found = [e for e in events(text) if e.type == "PROTEST"]
    assert found, events(text)
    return [(r.country, r.sector) for r in found[0].recipients]


@pytest.mark.parametrize("text, target", [
    ("Uruguayan students protested against the deal the government signed with Brazil.", ("URY", "GOV")),
    ("Uruguayan students protested against the deal that the government signed last month.", ("URY", "GOV")),
    ("Uruguayan students protested against the port fees the ruling party approved in March.", ("URY", "PTY")),
])
def test_protest_at_the_domestic_maker_of_the_thing(text, target):
    assert protest_targets(text) == [target]


@pytest.mark.parametrize("text, target", [
    ("Uruguayan students protested against the deal Brazil signed with Paraguay.", "BRA"),  # a named state
])
def test_named_state_maker_receives_the_protest(text, target):
    assert [c for c, _ in protest_targets(text)] == [target]


def test_pronoun_subject_adds_no_domestic_maker():
    """'the deal it signed with Paraguay': 'it' opens no clause of its own; no home government is read from it."""
    text = "Uruguayan students protested against the deal it signed with Paraguay."
    assert ("URY", "GOV") not in protest_targets(text)
