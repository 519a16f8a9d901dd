"""people53b (issue 14): an office holder a state's body arrests or attacks is a member of that body, a receiving side
with an id of its own (pipeline/act_side_entities.held_member); the Korean twins are tests/lang/ko/test_people53b.py.
Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import check_held_member, events, first_of

MEMBER_ROWS = [  # (sentence, type, acting (state, sector), receiving (state, sector) pairs exactly)
    ("The government of Gabon arrested a minister.", "COERCE", ("GAB", "GOV"), {("GAB", "GOV")}),
    ("Gabon arrested two ministers on Friday.", "COERCE", ("GAB", "GOV"), {("GAB", "GOV")}),
    ("Police in Gabon arrested two police officers.", "COERCE", ("GAB", "COP"), {("GAB", "COP")}),
    # negative: another part of the state keeps its own sector, as before
    ("The government of Gabon arrested two judges.", "COERCE", ("GAB", "GOV"), {("GAB", "JUD")}),
    ("Police in Gabon arrested a minister.", "COERCE", ("GAB", "COP"), {("GAB", "GOV")}),
]


@pytest.mark.parametrize("text, kind, acting, receiving", MEMBER_ROWS)
def test_members_held(text, kind, acting, receiving):
    check_held_member(text, kind, acting, receiving)


@pytest.mark.parametrize("text", ["The government of Gabon praised a minister.",
                                  "The government of Gabon thanked its ministers."])
def test_no_member_for_other_acts(text):
    """negative: a body's word about its own member is no act between two parties: no receiving side."""
    assert all(not e.recipients for e in events(text) if e.participants and e.participants[0].country == "GAB")


def test_impeached_office_active():
    """The English twin of tests/lang/ko/test_people53b.py's impeached office, read so already (the active): the
    parliament acts, the president's office receives."""
    first = first_of(events("The Bolivian parliament impeached the president."), type="ACCUSE")
    assert {(r.country, r.sector) for r in first.recipients} == {("BOL", "GOV")}


@pytest.mark.parametrize("text, receiving", [
    ("Bolivian prosecutors charged a former minister.", {("BOL", "GOV")}),
    ("Bolivian prosecutors indicted two journalists.", {("BOL", "JRN")}),  # negative: people keep theirs
])
def test_charged_office(text, receiving):
    """The English twins of the Korean charged office, read so already."""
    first = first_of(events(text), type="ACCUSE")
    assert {(r.country, r.sector) for r in first.recipients} == receiving


def test_armed_group_no_member():
    """negative: an armed group's attack on positions its own sector names is no member held: no receiving side."""
    first = first_of(events("Chadian-backed militias shelled rebel positions on Friday."), type="ASSAULT")
    assert not first.recipients
