"""places55b (issues 13/14): a firm's name before '에서' in a story about a state with a town of a near sound is no
place (kb/city_sound.sounds_near, lang/ko/story_towns.py). Our own sentences, with English twins."""
from __future__ import annotations

import pytest

from readout.api import extract_text


@pytest.mark.parametrize("text", [
    "중국 당국은 화요일 상하이 항만을 점검했다. 당국은 수요일 한진에서 회의를 열었다.",
    "영국 노조는 화요일 파업을 예고했다. 노조는 수요일 혼다에서 집회를 열었다.",
    "폴란드 정부는 화요일 바르샤바에서 회의를 열었다. 정부는 수요일 대웅에서 조사를 벌였다.",
    "Spanish police dispersed protesters in Madrid on Tuesday. Police arrested three workers at Oracle on Wednesday.",
])
def test_a_firm_is_no_story_town(text):
    article = extract_text(text, published="2026-03-12")
    towns = {p.name for p in article.places if p.precision == "city"}
    assert not towns & {"Changqing", "Rhondda", "Tarnów", "Lorca"}, towns
