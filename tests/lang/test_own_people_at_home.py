"""(request63) A government's request to its own people at home is a REQUEST to that state's people (recipient the
asker's own state, sector CVL): 'urged its citizens not to join the protests', '국민들에게 집회에 참여하지 말 것을
촉구했다'. Only an advisory about being abroad stays no event: nationals abroad, travel advice, a country named as where
they are or should go ('its citizens in X', 'not to travel to X', '교민들에게', lang/en/act_advisories.py,
lang/ko/act_advisories.py). Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, first_of

HOME = {
    "own people asked at home (en)": [
        "Ecuador's government urged its citizens not to join the rallies planned for Friday.",
        "The Ecuadorian interior ministry called on its citizens to stay off the streets during the strike.",
        "Ecuador's government urged its people to remain calm after the vote.",
    ],
    "own people asked at home (ko)": [
        "에콰도르 정부는 국민들에게 금요일 집회에 참여하지 말 것을 촉구했다.",
        "에콰도르 내무부는 시민들에게 파업 기간 외출을 자제해 달라고 당부했다.",
    ],
}

ABROAD = {
    "nationals abroad (en)": [
        "Ecuador's government urged its citizens in Colombia to leave the country.",
        "Ecuador urged its nationals to stay indoors and avoid the border crossings.",
        "Ecuador's government told its citizens to leave Colombia as soon as possible.",
    ],
    "travel advice (en)": [
        "Ecuador's government urged its citizens not to travel to Colombia.",
        "Ecuador advised its citizens to postpone trips to the Colombian coast.",
        "Ecuador advised its citizens against going there until order is restored.",
    ],
    "nationals abroad (ko)": [
        "에콰도르 외교부는 콜롬비아에 체류 중인 교민들에게 신변 안전에 유의하라고 당부했다.",
    ],
}


@pytest.mark.parametrize("text", class_rows(HOME))
def test_request_to_own_people_at_home_is_a_domestic_request(text):
    first = first_of(events(text), type="REQUEST")
    assert [p.country for p in first.participants] == ["ECU"]
    assert [(r.country, r.sector) for r in first.recipients] == [("ECU", "CVL")]


@pytest.mark.parametrize("text", class_rows(ABROAD))
def test_advisory_to_own_people_abroad_is_no_request(text):
    assert not [e for e in events(text) if e.type == "REQUEST"], [(e.type, [r.country for r in e.recipients])
                                                                   for e in events(text)]
