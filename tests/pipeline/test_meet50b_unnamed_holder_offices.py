"""meet50b (issue 13): an unnamed office holder meeting an office group is a meeting of the holder's state too, while
a meeting noun of the office group itself stays the group's states, in both languages.

- 'The Guatemalan foreign minister met the foreign ministers of Honduras and Belize', '과테말라 국방장관은 온두라스와
  벨리즈 국방장관과 회담했다': the named reader read the office group's holders alone (HND, BLZ); a country word
  outside the group before the meeting word is the unnamed subject's state, so the state reader reads the meeting
  (pipeline/meeting_parties.met_by_unnamed_holder, pipeline/events).
- Guards: where the state reader reads no party of the holder ('The Guatemalan defence minister', a portfolio the
  state reader's group words lack), the group's own meeting stays; 'A meeting of the defence ministers of Honduras and Belize', '온두라스, 벨리즈의 국방장관 회담이 열렸다'
  keep HND and BLZ (enmeet50's dropped rule lost them).
Every sentence is our own (real states, invented occasions).
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def consults(text: str) -> list[set[str]]:
    return [{p.country for p in e.participants} for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "The Guatemalan foreign minister met the foreign ministers of Honduras and Belize in Flores on Monday.",
    "과테말라 국방장관은 9일 플로레스에서 온두라스와 벨리즈 국방장관과 회담했다.",
])
def test_the_unnamed_holders_state_is_a_party(text):
    found = consults(text)
    assert found == [{"GTM", "HND", "BLZ"}], found


@pytest.mark.parametrize("text", [
    "A meeting of the defence ministers of Honduras and Belize is set for Friday.",
    "The defence ministers of Honduras and Belize met in Tegucigalpa on Monday.",
    "온두라스, 벨리즈의 국방장관 회담이 열렸다.",
])
def test_the_office_groups_own_meeting_keeps_its_states(text):
    found = consults(text)
    assert found == [{"HND", "BLZ"}], found


def test_a_holder_the_state_reader_misses_keeps_the_groups_meeting():
    found = consults("The Guatemalan defence minister met the defence ministers of Honduras and Belize in Flores on Monday.")
    assert found == [{"GTM", "HND", "BLZ"}], found  # meet51: the holder's state joins the group's meeting
