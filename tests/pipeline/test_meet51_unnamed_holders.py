"""meet51 (issue 13): an unnamed office holder's state stays a party of its meeting with an office group, in both
languages; the holder is the person the knowledge base knows in the office on the day where it knows one.

- 'The Uruguayan foreign minister met the foreign ministers of Japan and China', '우루과이 외교장관은 일본과 중국
  외교장관과 회담했다': the group's holders are people the knowledge base knows, so the state reader (meet50b's route)
  read nothing and the group's own meeting stood without Uruguay. Where the state reader reads nothing, the holder's
  state joins the group's meeting (pipeline/meeting_parties.with_unnamed_holder); one meeting per counterpart where
  the clause says they were met one by one ('one after another', '잇달아').
- 'The Guatemalan defence minister met the defence ministers of Honduras and Belize' (a portfolio the state reader's
  group words lack) now has Guatemala too.
- An unnamed holder the knowledge base knows on the day is that person ('The Japanese foreign minister met ...'),
  one it does not know is the state (guards of the named reader's title reading).
Every sentence is our own (real states and offices, invented occasions).
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def consults(text: str) -> list[set[str]]:
    return [{p.country for p in e.participants} for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text, expected", [
    ("The Uruguayan foreign minister met the foreign ministers of Japan and China in Osaka on Monday.",
     [{"URY", "JPN", "CHN"}]),
    ("The Uruguayan foreign minister met his counterparts from Japan and China one after another in Osaka on Monday.",
     [{"URY", "JPN"}, {"URY", "CHN"}]),
    ("우루과이 외교장관은 9일 오사카에서 일본과 중국 외교장관과 회담했다.", [{"URY", "JPN", "CHN"}]),
    ("우루과이 외교장관은 9일 오사카에서 일본과 중국 외교장관과 잇달아 회담했다.", [{"URY", "JPN"}, {"URY", "CHN"}]),
    ("The Guatemalan defence minister met the defence ministers of Honduras and Belize in Coban on Monday.",
     [{"GTM", "HND", "BLZ"}]),
    ("과테말라 국방장관은 9일 코반에서 온두라스와 벨리즈 국방장관과 회담했다.", [{"GTM", "HND", "BLZ"}]),
])
def test_the_unnamed_holders_state_stays_a_party(text, expected):
    found = consults(text)
    assert found == expected, found


@pytest.mark.parametrize("text, kind", [
    ("The Japanese foreign minister met Paraguayan officials in Sapporo on Monday.", "person"),
    ("일본 외무상은 9일 삿포로에서 파라과이 관리들을 만났다.", "person"),
    ("The Uruguayan foreign minister met Paraguayan officials in Salto on Monday.", "country"),
    ("우루과이 외교장관은 9일 살토에서 파라과이 외교장관과 회담했다.", "country"),
])
def test_the_holder_is_the_known_person_else_the_state(text, kind):
    found = [e for e in events(text) if e.type == "CONSULT"]
    assert len(found) == 1, found
    holder = [p for p in found[0].participants if p.country in ("JPN", "URY")]
    assert [p.kind for p in holder] == [kind], holder
