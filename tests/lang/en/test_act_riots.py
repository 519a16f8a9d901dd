"""A crowd's violence is its riot (sanction56, lang/en/act_riots), English sentences of our own: a people subject that
is no armed side storming, torching or ransacking is PROTEST riot (one event, no ASSAULT, no separate demonstration
for its protest noun); troops, police or rebels doing the same stay force."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, actor, target", [
    ("Thousands of protesters stormed the congress building in Asuncion on Tuesday and set it on fire.", "PRY", "PRY"),
    ("Angry crowds torched the headquarters of the ruling party in Kathmandu on Monday.", "NPL", "NPL"),
    ("Students ransacked the offices of the education ministry in Dhaka on Monday.", "BGD", "BGD"),
    ("Hundreds of protesters stormed the Swedish embassy in Baghdad on Thursday.", "IRQ", "SWE"),
])
def test_crowds_storming_or_torching_riot(text, actor, target):
    found = events(text)
    protests = [e for e in found if e.type == "PROTEST"]
    assert [e.mode for e in protests] == ["riot"], found
    assert ([actor], [target]) in sides(text, "PROTEST"), found
    assert not [e for e in found if e.type == "ASSAULT"], found


@pytest.mark.parametrize("text", [
    "Rebels stormed the town of Bunia on Monday, residents said.",
    "Soldiers torched several villages in the north of Mali on Monday, residents said.",
])
def test_armed_sides_storming_stay_force(text):
    found = events(text)
    assert not [e for e in found if e.type == "PROTEST"], found
    assert [e for e in found if e.type == "ASSAULT"], found


@pytest.mark.parametrize("text, actor, target", [
    ("Angry Chilean students attacked police vehicles in Santiago late on Friday.", "CHL", "CHL"),
    ("Peruvian demonstrators attacked government offices in Cusco over the fuel price rise.", "PER", "PER"),
])
def test_crowds_attacking_property_riot(text, actor, target):
    """(riot69) A plain attack by a people subject on a site its domestic side only modifies is the crowd's riot."""
    found = events(text)
    assert [e.mode for e in found if e.type == "PROTEST"] == ["riot"], found
    assert ([actor], [target]) in sides(text, "PROTEST"), found
    assert not [e for e in found if e.type == "ASSAULT"], found


@pytest.mark.parametrize("text", [
    "Angry Chilean students attacked police officers in Santiago late on Friday.",  # people, not property
    "Peruvian soldiers attacked government offices in Cusco on Sunday.",  # an armed side
    "Bolivian rebels attacked army posts near Oruro overnight.",
])
def test_attacks_on_people_or_by_forces_stay_force(text):
    found = events(text)
    assert not [e for e in found if e.type == "PROTEST" and e.mode == "riot"], found
    assert [e for e in found if e.type == "ASSAULT"], found
