"""English acts: titled persons of two states coordinated as one subject ('Britain's prime minister and France's
president condemned X') are both actors (clauses.name_role through coordinated_owner; en.yaml coordinated_owner_re):
the next owner's own role decides, so a second person of the same state ('X's president and his wife') or a
second owner that is no subject adds no state."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.lang.base import Trigger
from readout.lang.en.clauses import name_role
from tests.conftest import countries


def first_of(text: str, kind: str):
    article = extract_text(text, published=date(2025, 6, 3))
    found = [e for e in article.events if e.type == kind]
    return found[0] if found else None


@pytest.mark.parametrize("text, kind, actors, recipients", [
    ("Norway's prime minister and Canada's foreign minister condemned Venezuela on Tuesday.", "ACCUSE",
     {"NOR", "CAN"}, {"VEN"}),
    ("Kenya's president and Ghana's foreign minister urged Sudan to accept a ceasefire.", "REQUEST",
     {"KEN", "GHA"}, {"SDN"}),
    ("Japan's Prime Minister and Australia's defence minister criticized China on Friday.", "ACCUSE",
     {"JPN", "AUS"}, {"CHN"}),
    ("The foreign ministers of Ecuador and Colombia condemned Venezuela on Monday.", "ACCUSE",
     {"ECU", "COL"}, {"VEN"}),
    ("The Kenyan president and the Ugandan foreign minister urged Sudan to accept a ceasefire.", "REQUEST",
     {"KEN", "UGA"}, {"SDN"}),
])
def test_coordinated_owners_both_act(text, kind, actors, recipients):
    event = first_of(text, kind)
    assert event is not None
    assert countries(event.participants) == actors
    assert countries(event.recipients) == recipients


@pytest.mark.parametrize("text, kind, actors", [

    ("Norway's prime minister said on Tuesday that Canada's foreign minister had condemned Venezuela.", "ACCUSE",
     {"CAN"}),  # the reported clause's subject only
])
def test_one_owner_only(text, kind, actors):
    event = first_of(text, kind)
    assert event is not None
    assert countries(event.participants) == actors


def test_leaders_meeting_stays_consult():
    """'The leaders of A and B met': both are parties of a meeting, no act's actors."""
    event = first_of("The leaders of Norway and Canada met in Oslo on Tuesday.", "CONSULT")
    assert event is not None and {"NOR", "CAN"} <= countries(event.participants)


@pytest.mark.parametrize("text, verb, expected", [
    ("Norway's prime minister and Canada's foreign minister condemned Venezuela.", "condemned", "subject"),
    ("Norway's prime minister and his wife condemned Venezuela.", "condemned", "modifier"),  # one state
    ("Norway's prime minister and a Canada-born adviser condemned Venezuela.", "condemned", "modifier"),
    ("Norway's prime minister and the envoy said Canada's foreign minister condemned Venezuela.", "condemned",
     "modifier"),  # the second owner opens another clause: no subject of the first
])
def test_first_owner_role(text, verb, expected):
    at = text.index(verb)
    assert name_role(text, 0, len("Norway"), Trigger(at, at + len(verb), verb)) == expected
