"""places56b (issue 14): an arrest's or an attack's object counted with no noun ('arrested nine in X') is the act's
people, given the state of the other state's town they were taken in; a comma
grouping a number's digits ('1,200') opens no phrase between the act and its place. Our own sentences, with Korean
twins; a town of the actor's own state and a count of things as negative rows."""
from __future__ import annotations

import pytest

from readout.lang.en.act_counted_objects import count_word
from tests.event_sides import events, first_of


def read(text: str, kind: str):
    e = first_of(events(text), type=kind)
    return [r.country for r in e.recipients], e.location and (e.location.name, e.location.country)


@pytest.mark.parametrize("text, kind, receiving, place", [
    ("Israeli troops arrested nine in Nablus on Tuesday.", "COERCE", ["PSE"], ("Nablus", "PSE")),
    ("Israeli troops arrested at least 1,200 in Nablus on Tuesday.", "COERCE", ["PSE"], ("Nablus", "PSE")),
    ("Israeli troops killed three in Hebron.", "ASSAULT", ["PSE"], ("Hebron", "PSE")),
    ("Israeli troops arrested 1,200 people in Nablus on Tuesday.", "COERCE", ["PSE"], ("Nablus", "PSE")),
    ("이스라엘군은 화요일 팔레스타인 나블루스에서 1,200명을 체포했다.", "COERCE", ["PSE"], ("Nablus", "PSE")),
    ("이스라엘군은 화요일 팔레스타인 나블루스에서 주민 1,200명을 체포했다.", "COERCE", ["PSE"], ("Nablus", "PSE")),
    # negative rows: a town of the actor's own state leaves the people its own; no town, no other state
    ("Turkish police arrested nine in Izmir on Tuesday.", "COERCE", ["TUR"], ("İzmir", "TUR")),
    ("Israeli troops arrested nine.", "COERCE", ["ISR"], None),
])
def test_counted_people_and_their_place(text, kind, receiving, place):
    assert read(text, kind) == (receiving, place)


@pytest.mark.parametrize("text", [
    "Israeli troops arrested 1,200 people, in Nablus on Tuesday.",  # a comma that is no digit grouping still breaks
    "Israeli troops arrested 12,50 people in Nablus on Tuesday.",
])
def test_a_comma_outside_a_number_still_breaks(text):
    assert read(text, "COERCE")[1] is None


@pytest.mark.parametrize("word, count", [("nine", True), ("1,200", True), ("12", True), ("one", False),
                                         ("1", False), ("people", False)])
def test_count_word(word, count):
    assert count_word(word) is count


@pytest.mark.parametrize("text", [
    "Israel and Jordan signed two in Amman on Tuesday.",  # no arrest nor attack: a count of things
])
def test_no_people_of_other_acts(text):
    assert not any(e.type in ("COERCE", "ASSAULT") for e in events(text))


def test_a_count_closing_the_clause_takes_no_people():
    """'killing 40, ...': a count at the clause's end tells no one's people (the count is read only before a phrase
    of place or time); with a listed noun it would ('killing 40 villagers in X')."""
    found = [e for e in events("Thai troops fired rockets at a camp near the border, killing 40, officials said.")
             if e.type == "ASSAULT"]
    assert found and not any(r.sector == "CVL" for e in found for r in e.recipients), \
        [(r.country, r.sector) for e in found for r in e.recipients]
