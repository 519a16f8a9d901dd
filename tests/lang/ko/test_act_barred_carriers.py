"""(sanction57) A named state's aircraft or airlines barred from the banning state's airspace ('X 항공기의 영공 통과를
금지했다', '영공 진입', '영공 비행') is SANCTION discontinue aimed at that state, as English 'banned Xian aircraft
from its airspace' already reads (lang/ko/act_borders.barred_carriers; ko_acts_cameo_spec: the airspace nouns of
CAMEO 172). A ban naming no state's carriers stays COERCE restrict. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, expected", [
    ("칠레는 5일 볼리비아 항공기의 영공 통과를 금지했다.", [(["CHL"], ["BOL"])]),
    ("칠레는 5일 볼리비아 국적 항공사의 영공 진입을 금지했다.", [(["CHL"], ["BOL"])]),
    ("우루과이 정부는 지난 2일 파라과이 여객기의 영공 비행을 전면 금지했다.", [(["URY"], ["PRY"])]),
])
def test_carriers_of_a_state_barred_from_the_airspace_are_a_sanction_on_it(text, expected):
    assert sides(text, "SANCTION") == expected


@pytest.mark.parametrize("text", [
    "칠레는 5일 군용 드론의 영공 진입을 금지했다.",
    "Chile banned Bolivian aircraft from its airspace on Friday.",
])
def test_the_english_reading_and_a_ban_on_no_states_carriers(text):
    found = [e for e in events(text) if e.type == "SANCTION"]
    assert bool(found) == text.startswith("Chile"), events(text)
