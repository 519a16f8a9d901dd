"""places59b (issue 14, class 5): a province struck bare whose first syllable is a Korean surname ('안바르', Anbar) is
the province, unless the story makes the word a person (a title or a person's particle after it). Every sentence is
our own."""
from __future__ import annotations

import pytest

from readout.lang.ko.heard_cities import person_named
from tests.event_sides import events


@pytest.mark.parametrize("text, place", [
    ("이라크 정부는 비상 회의를 열었다. 미군 전투기들이 밤새 안바르를 공습했다.", "Anbar"),
    # the same word as a person in the story: no place
    ("이라크 경찰은 안바르 의원을 체포했다. 미군 전투기들이 밤새 안바르를 공습했다.", None),
    # no state of the province named in the story: no place, as before
    ("미군 전투기들이 밤새 안바르를 공습했다.", None),
])
def test_surname_province(text, place):
    """The struck attack's place is the province where no person stands in its name's place."""
    found = [e for e in events(text) if e.type == "ASSAULT"]
    assert found and (found[0].location.name if found[0].location else None) == place, found


@pytest.mark.parametrize("text, person", [
    ("안바르 의원은 회의에 참석했다.", True),
    ("경찰은 안바르 씨를 불렀다.", True),
    ("정부는 안바르에게 훈장을 줬다.", True),
    ("전투기들이 안바르를 공습했다.", False),
    ("안바르 지역에 비가 내렸다.", False),
])
def test_person_named(text, person):
    """A title or a person's word after the name makes it a person; an attack or a place noun does not."""
    assert person_named(text, "안바르") == person
