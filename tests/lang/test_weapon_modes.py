"""(parallel52, issues 13/15) The weapon that struck is an ASSAULT's mode in both languages: named as the clause's
subject ('Russian drones attacked', '러시아 드론이 공격했다') or as its means ('with drones', '드론으로'). English read it
(lang/en/act_means_modes.assault_mode); Korean read only the verb's entry and gave no mode
(lang/ko/act_weapon_modes.py, cue assault_weapon_mode). Our own sentences. Negative rows: a weapon that is the object
('shot down a drone', '드론을 격추했다') names what was hit, and an entry's own mode stands ('공습', 'airstrike')."""
from __future__ import annotations

import pytest

from tests.event_sides import events

# (sentence, the ASSAULT's mode)
STRUCK_WITH = [
    ("Russian drones attacked a grain terminal in Izmail.", "drone"),
    ("러시아 드론이 이즈마일의 곡물 터미널을 공격했다.", "drone"),
    ("러시아군 드론이 오데사의 발전소를 공격했다.", "drone"),
    ("Russia struck a power plant in Odesa with drones.", "drone"),
    ("러시아는 드론으로 오데사의 발전소를 타격했다.", "drone"),
    ("Russian warplanes struck a power plant in Odesa.", "aerial"),
    ("러시아 전투기가 오데사의 발전소를 타격했다.", "aerial"),
    ("Azerbaijani tanks shelled a village in Armenia.", "heavy-weapons"),
    ("아제르바이잔 전차가 아르메니아의 한 마을을 포격했다.", "heavy-weapons"),
    ("Israeli jets bombed a depot in Syria.", "aerial"),
    ("이스라엘 전투기가 시리아의 창고를 폭격했다.", "aerial"),
]


@pytest.mark.parametrize("text,mode", STRUCK_WITH)
def test_the_weapon_that_struck_is_the_mode(text: str, mode: str) -> None:
    found = [e.mode for e in events(text) if e.type == "ASSAULT"]
    assert found == [mode], [(e.type, e.mode) for e in events(text)]


# (sentence, the mode the force keeps)
OTHER_MEANS = [
    ("러시아는 벨고로드의 석유 저장소를 공습했다.", "aerial"),  # the entry's own mode
    ("Russia launched an airstrike on an oil depot in Belgorod.", "aerial"),
    ("러시아는 오데사의 발전소를 타격했다.", None),  # no weapon named
    ("Russia struck a power plant in Odesa.", None),
]


@pytest.mark.parametrize("text,mode", OTHER_MEANS)
def test_a_force_without_a_weapon_that_struck_keeps_its_mode(text: str, mode: str | None) -> None:
    found = [e.mode for e in events(text) if e.type == "ASSAULT"]
    assert found == [mode], [(e.type, e.mode) for e in events(text)]


def test_a_weapon_hit_is_no_means() -> None:
    """'드론을 격추했다': the drone is what was downed; the mode comes from no weapon before it (the subject is a state)."""
    found = [e.mode for e in events("우크라이나군은 러시아 드론을 격추했다.") if e.type == "ASSAULT"]
    assert "drone" not in found, found
