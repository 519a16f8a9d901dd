"""coerce57: a town taken ('took control of the town of X', 'captured X, the largest city in the north') is fighting,
PLOVER ASSAULT, not a COERCE seizure of goods (lang/en/act_raids.captured_town); with no other state named, the state
the town lies in receives it, an armed group of that state taking it too (pipeline/own_people.captured_own_town).
A seizure of a firm, a ship or a town's hall stays what it was. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2025, 10, 14)


def read(text: str):
    return extract_text(text, published=DAY).events


TAKEN = [  # (sentence, type, actors, recipients, status)
    ("Insurgents took control of the town of Kidal in Mali on Sunday.", "ASSAULT", {"MLI"}, {"MLI"}, "occurred"),
    ("Rebels said on Monday they had taken control of Tete, the largest city in western Mozambique.",
     "ASSAULT", {"MOZ"}, {"MOZ"}, "occurred"),
    ("Separatist fighters in Cameroon captured Bamenda, a city in the northwest, on Saturday.",
     "ASSAULT", {"CMR"}, {"CMR"}, "occurred"),
    ("Jihadist fighters seized the town of Djibo in northern Burkina Faso overnight.",
     "ASSAULT", {"BFA"}, {"BFA"}, "occurred"),
    ("Armenian troops took control of Shusha, a town in Azerbaijan, on Friday.", "ASSAULT", {"ARM"}, {"AZE"},
     "occurred"),
    ("Sudanese government forces did not take control of the city of El Obeid.", "ASSAULT", set(), None, None),
]

KEPT = [  # (sentence, type that stays, type that must not appear)
    ("Customs officers in Chile seized Andes Holdings, a mining company in Santiago, on Monday.", "COERCE", "ASSAULT"),
    ("Police in Peru took control of the town hall of Cusco after the mayor fled.", "COERCE", "ASSAULT"),
    ("Iran's navy seized the tanker Aurora, a vessel flying the flag of Liberia, on Thursday.", "COERCE", "ASSAULT"),
]


@pytest.mark.parametrize("text, type_, actors, recipients, status", TAKEN)
def test_town_taken_is_an_assault_on_its_state(text, type_, actors, recipients, status):
    assert_act(read(text), type_, actors, recipients, status)


@pytest.mark.parametrize("text, kept, absent", KEPT)
def test_seizure_of_no_town_keeps_its_reading(text, kept, absent):
    types = {e.type for e in read(text)}
    assert kept in types and absent not in types, types
