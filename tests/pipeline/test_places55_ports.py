"""places55 (issue 13): a town named as the owner of its port ("shelled Kherson's port") or through an attack verb's
descriptor ('shelled the port of X') is the place the attack struck, as Korean '헤르손 항구를 포격했다' and
'헤르손의 항구를 포격했다' are (lexicon en place_owner_ok_re, struck_town_descriptor_re; lang/base/acts
act_word_struck). Our own sentences, in both languages."""
from __future__ import annotations

import pytest

from tests.event_sides import events, first_of

ROWS = [  # (text, event type, the place's name or None)
    ("Russian artillery shelled Kherson's port on Tuesday.", "ASSAULT", "Kherson"),
    ("러시아군은 화요일 헤르손의 항구를 포격했다.", "ASSAULT", "Kherson"),
    ("Russian drones struck the port of Izmail overnight.", "ASSAULT", "Izmayil"),
    ("Russian artillery shelled the port of Odesa on Tuesday.", "ASSAULT", "Odesa"),
    ("러시아군은 화요일 오데사 항구를 포격했다.", "ASSAULT", "Odesa"),
    # places55b: GeoNames' one city so spelt, as "Mykolaiv's port" names it (lang/en/places.described_town)
    ("Russian missiles hit the port city of Mykolaiv overnight.", "ASSAULT", "Mykolayiv"),
    # negative: the descriptor's 'of' joins only the attack verb's own town, not another act's
    ("Police arrested a man who shelled the port of Odesa.", "COERCE", None),
]


@pytest.mark.parametrize("text, kind, place", ROWS)
def test_a_port_struck_places_the_attack_at_its_town(text, kind, place):
    first = first_of(events(text), type=kind)
    assert (first.location.name if first.location else None) == place


@pytest.mark.parametrize("text, town", [
    ("Russian drones struck the port of Izmail overnight.", True),
    ("The minister visited the port of Izmail on Tuesday.", False),  # no attack verb before the descriptor
    ("Kherson's port reopened on Tuesday.", False),  # an owner with no cue before it
])
def test_the_descriptor_is_read_after_an_attack_verb_only(text, town):
    from readout.lang.en.bare_towns import struck_town_before

    assert struck_town_before(text, text.index("Izmail") if "Izmail" in text else 0) is town
