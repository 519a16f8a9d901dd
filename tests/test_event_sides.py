"""The shared test helper `first_of` (tests/event_sides.py, debt60): the first event matching a type and fields, or a
failure that names every event found."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests.event_sides import first_of


def fake(type_: str, status: str, acting: str, receiving: str, trigger: str):
    """An event with the attributes `first_of` reads and names (no pipeline run: the helper is under test)."""
    side = SimpleNamespace
    return SimpleNamespace(type=type_, mode=None, status=status, participants=[side(country=acting)],
                           recipients=[side(country=receiving)], trigger=trigger)


FOUND = [fake("ACCUSE", "occurred", "PER", "ECU", "accused"), fake("CONSULT", "planned", "PER", "ECU", "talks"),
         fake("CONSULT", "occurred", "ECU", "PER", "met")]


@pytest.mark.parametrize("kind, fields, trigger", [
    ("CONSULT", {}, "talks"),                        # the first of the type, in order
    ("CONSULT", {"status": "occurred"}, "met"),      # the fields narrow it
    (None, {"status": "occurred"}, "accused"),       # no type: any type with the fields
])
def test_first_of_finds_the_first_match(kind, fields, trigger):
    assert first_of(iter(FOUND), type=kind, **fields).trigger == trigger


def test_first_of_names_the_events_found_when_none_matches():
    with pytest.raises(AssertionError) as failed:
        first_of(FOUND, type="THREATEN")
    assert "THREATEN" in str(failed.value) and "'accused'" in str(failed.value) and "'ECU'" in str(failed.value)
