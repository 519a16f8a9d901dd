"""(groups54b, issue 14) pipeline/act_party_critics.party_critics_state: the one state whose body a stateless party
side's statement judges is the party's own; none where the subject names a state or the sentence names another."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from readout.pipeline.act_party_critics import party_critics_state


def item(codes, sector):
    return SimpleNamespace(codes=codes, sector=sector)


def reading(kind, people, items, roles):
    return SimpleNamespace(hit=SimpleNamespace(type=kind, data={"people_subject": people} if people else {}),
                           items=items, roles=roles)


@pytest.mark.parametrize("kind, people, items, roles, expected", [
    ("ACCUSE", "OPP", [item(["MWI"], "GOV")], ["object"], ["MWI"]),
    ("REQUEST", "PTY", [item(["MWI"], "LEG")], ["object"], ["MWI"]),
    ("ACCUSE", "CVL", [item(["MWI"], "GOV")], ["object"], []),  # people, not a party side: other readers
    ("ASSAULT", "OPP", [item(["MWI"], "GOV")], ["object"], []),  # a deed, not a statement
    ("ACCUSE", "OPP", [item(["MWI"], None)], ["object"], []),  # a state named bare, no body of it
    ("ACCUSE", "OPP", [item(["ZMB"], None), item(["MWI"], "GOV")], ["subject", "object"], []),
    ("ACCUSE", "OPP", [item(["MWI"], "GOV"), item(["ZMB"], None)], ["object", "other"], []),  # another state named
])
def test_party_critics_state(kind, people, items, roles, expected):
    assert party_critics_state(reading(kind, people, items, roles)) == expected
