"""(kohand48) Korean handovers and attacked soldiers:
1. people handed by a verb that also leads (인도하다) to a state or its capital marked 로 are handed to that state
   ('남성 2명을 볼리비아로 인도했다': COOPERATE to BOL), as English 'handed the two men over to Bolivia'
   (lang/ko/act_led_destinations).
2. a handover whose 로 place names no state and no capital is leading there, no event, whoever is led
   ('용의자를 병원으로 인도했다'); a receiver marked 에 beside such a place keeps the handover.
Every rule has rows that must not fire. Sentences and people are our own."""
import pytest

from tests.event_sides import sides

# 1-2. a 로 place after a verb that hands over and leads ------------------------------------------------------------

LED_TO_STATE = [  # (sentence, recipients)
    ("칠레 정부는 남성 2명을 볼리비아로 인도했다.", ["BOL"]),
    ("칠레 정부는 여성 3명을 키토로 인도했다.", ["ECU"]),
    ("칠레 정부는 남자 네 명을 리마로 인도했다.", ["PER"]),
    ("칠레 경찰은 용의자를 에콰도르로 인도했다.", ["ECU"]),
    ("칠레 경찰은 용의자를 비행기로 페루에 인도했다.", ["PER"]),
]


@pytest.mark.parametrize("text,recipients", LED_TO_STATE)
def test_people_led_to_a_state_or_its_capital_are_handed_to_it(text, recipients):
    assert sides(text, "COOPERATE") == [(["CHL"], recipients)]


LED_TO_PLACE = [  # a place that names no state: led there, no handover (and no receiver-less COOPERATE)
    "칠레 경찰은 용의자를 병원으로 인도했다.",
    "칠레 경찰은 용의자를 검찰로 인도했다.",
    "칠레 정부는 남성 2명을 병원으로 인도했다.",
    "칠레 정부는 남성 2명을 안전한 곳으로 인도했다.",
    "칠레 정부는 여성 3명을 대사관으로 인도했다.",
]


@pytest.mark.parametrize("text", LED_TO_PLACE)
def test_people_led_to_a_place_are_handed_to_no_one(text):
    assert sides(text, "COOPERATE") == []
