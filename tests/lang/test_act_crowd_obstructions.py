"""A place occupied or a road blocked by people who are no armed side, in both languages (plover61): 'students
occupied the ministry', 'workers occupied the square' are a sit-in, the manual's PROTEST obstruct ("obstruct passage
or access to a particular locale") as Korean '점거했다' was; Korean '고속도로/국도를 봉쇄했다' is PROTEST obstruct as
'도로를 봉쇄했다' and English 'blocked highways' were. Negative rows: troops, rebels or a state occupying a town or
islands keep COERCE seize. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events

OBSTRUCTIONS = [
    "Bolivian students occupied the university's main building to protest tuition increases.",
    "Bolivian workers occupied the mining ministry in La Paz on Monday.",
    "Thousands of protesters occupied the main square of La Paz on Monday.",
    "볼리비아 트럭 운전사들은 12일 연료 가격 인상에 항의해 고속도로를 봉쇄했다.",
    "볼리비아 농민들은 12일 라파스로 통하는 국도를 봉쇄했다.",
]


@pytest.mark.parametrize("text", OBSTRUCTIONS)
def test_people_occupying_or_blocking_a_place_protest(text):
    found = events(text)
    assert [(e.type, e.mode) for e in found if e.type in ("PROTEST", "COERCE")] == [("PROTEST", "obstruct")], \
        [(e.type, e.mode) for e in found]


SEIZURES = [
    "Bolivian troops occupied the border town on Monday.",
    "Bolivian rebels occupied the town of Oruro on Monday.",
    "Chile occupied the disputed islands on Monday.",
]


@pytest.mark.parametrize("text", SEIZURES)
def test_armed_sides_occupying_a_place_seize_it(text):
    found = events(text)
    assert [(e.type, e.mode) for e in found if e.type in ("PROTEST", "COERCE")] == [("COERCE", "seize")]
