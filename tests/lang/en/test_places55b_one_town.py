"""places55b (issue 13): a town named after its descriptor ('the port city of X') is GeoNames' one city of its state
so spelt, as the same town named bare or as an owner is (lang/en/places.described_town, kb/town_spellings.town_entry). Our own
sentences, with a Korean twin."""
from __future__ import annotations

import pytest

from tests.event_sides import events


@pytest.mark.parametrize("text", [
    "Russian drones struck Mykolaiv's port on Friday.",
    "Russian drones struck the port city of Mykolaiv on Friday.",
    "Russian drones struck the southern Ukrainian city of Mykolaiv on Friday.",
    "러시아군 드론이 금요일 우크라이나 미콜라이우를 공격했다.",
])
def test_one_town_by_every_descriptor(text):
    found = [e for e in events(text) if e.type == "ASSAULT"]
    assert found and found[-1].location is not None, [(e.type, e.location) for e in events(text)]
    loc = found[-1].location
    assert (loc.name, loc.country, loc.lat is not None) == ("Mykolayiv", "UKR", True)
