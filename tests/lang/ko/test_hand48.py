"""(kohand48) Korean handovers and attacked soldiers:
1. people handed by a verb that also leads (인도하다) to a state or its capital marked 로 are handed to that state
   ('남성 2명을 볼리비아로 인도했다': COOPERATE to BOL), as English 'handed the two men over to Bolivia'
   (lang/ko/act_led_destinations).
2. a handover whose 로 place names no state and no capital is leading there, no event, whoever is led
   ('용의자를 병원으로 인도했다'); a receiver marked 에 beside such a place keeps the handover.
Every rule has rows that must not fire. Sentences and people are our own."""
import pytest

from tests.event_sides import events, sides

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


# 3. soldiers attacked: the forces of the state named, else of the place's ------------------------------------------

SOLDIERS_ATTACKED = [  # (sentence, recipients as (state, sector)); English reads the twin alike
    ("무장괴한들이 라고스에서 군인들을 공격했다.", {("NGA", "MIL")}),
    ("Gunmen attacked soldiers in Lagos on Tuesday.", {("NGA", "MIL")}),
    ("무장괴한들이 라고스에서 병사 5명을 공격했다.", {("NGA", "MIL")}),
    ("반군이 나이로비 외곽에서 장병들을 습격했다.", {("KEN", "MIL")}),
    ("러시아는 우크라이나 군인들을 공격했다.", {("UKR", "MIL")}),
]


@pytest.mark.parametrize("text,recipients", SOLDIERS_ATTACKED)
def test_soldiers_attacked_are_the_forces_of_the_place(text, recipients):
    found = [set(r) for _, r in sector_sides_all(text, "ASSAULT")]
    assert found == [recipients]


NOT_STATE_SOLDIERS = [  # fighters of a side outside a state's forces, or no attack: no MIL receiver
    "정부군이 반군 병사들을 공격했다.",
    "말리군이 반군 전투병들을 공격했다.",
    "말리군이 민병대 병사들을 공격했다.",
    "무장괴한들이 라고스에서 군인들을 만났다.",
]


@pytest.mark.parametrize("text", NOT_STATE_SOLDIERS)
def test_other_fighters_or_no_attack_give_no_state_forces(text):
    assert all(("MLI", "MIL") not in r and ("NGA", "MIL") not in r for _, r in sector_sides_all(text, "ASSAULT"))


def sector_sides_all(text: str, kind: str) -> list[tuple[set, set]]:
    """(acting, receiving) (country, sector) pairs of each event of `kind`."""
    return [({(p.country, p.sector) for p in e.participants}, {(r.country, r.sector) for r in e.recipients})
            for e in events(text) if e.type == kind]
