"""A crowd's attack on property is its riot in both languages (koriot70, issue 13; riot69 for English).

The manual's riot is a crowd's violence against property: a plain verb of attack whose subject names people who are no
armed side and no state's executive, and whose object is a building or a vehicle, is PROTEST riot, not ASSAULT
(Korean lang/ko/act_crowd_riots.property_attack, cues crowd_attack_verb and property_site_noun; English
lang/en/act_riots.property_attack). Negative rows: a crowd's attack on people, and an attack on the same property by
rebels or police, stay ASSAULT. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def kinds(text: str) -> set[tuple[str, str | None]]:
    return {(e.type, e.mode) for e in events(text)}


@pytest.mark.parametrize("text", [
    "몰도바 수도 키시너우에서 성난 시위대가 정부 청사를 공격했다.",
    "몰도바에서 학생들이 경찰 차량들을 공격했다.",
    "몰도바에서 시위대가 경찰서를 습격했다.",
    "몰도바에서 시위대가 경찰서에 불을 질렀다.",
    "Angry protesters in Chisinau attacked government buildings on Friday.",
    "Students in Moldova attacked police vehicles.",
])
def test_crowd_attacking_property_riots(text: str) -> None:
    found = kinds(text)
    assert ("PROTEST", "riot") in found and not any(t == "ASSAULT" for t, _ in found), found


@pytest.mark.parametrize("text", [
    "몰도바에서 시위대가 경찰관들을 공격했다.",  # people attacked: force, no riot
    "몰도바에서 반군이 정부 청사를 공격했다.",  # an armed side's attack on a building stays force
    "몰도바 경찰이 야당 당사를 습격했다.",
    "Protesters in Moldova attacked police officers.",
    "Rebels in Moldova attacked government buildings.",
])
def test_attack_on_people_or_by_armed_side_stays_force(text: str) -> None:
    found = kinds(text)
    assert any(t == "ASSAULT" for t, _ in found) and ("PROTEST", "riot") not in found, found
