"""(victims49, issues 13, 14) The people an attack by a named foreign doer harmed, whose words name no state, are of
the state of a town in their words ('residents of X') or placing the deed in the act's clause ('near X', 'X에서'),
and receive it with their own sector (villagers: CVL), not the doer's state (the domestic fallback) and not the
town's government, in both languages and in the passive with a named agent. Our own sentences; negative rows: a town
of the doer's own state, and victims whose own words name the doer's state, stay a domestic attack."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import sector_sides

# (sentence, acting states, receiving (state, sector) pairs (exactly))
ROWS = {
    "a_town_in_the_victims_words": [
        ("Ethiopian soldiers shot dead four residents of Mogadishu on Tuesday.", {"ETH"}, {("SOM", "CVL")}),
        ("Russian soldiers killed six residents of Kharkiv overnight.", {"RUS"}, {("UKR", "CVL")}),
    ],
    "a_town_placing_the_attack": [
        ("에티오피아군이 모가디슈에서 주민 4명을 사살했다.", {"ETH"}, {("SOM", "CVL")}),
        ("러시아군이 하르키우에서 주민 6명을 살해했다.", {"RUS"}, {("UKR", "CVL")}),
        ("Russian soldiers killed three villagers near Kharkiv on Monday.", {"RUS"}, {("UKR", "CVL")}),
        ("Israeli troops killed two farmers near Sidon overnight.", {"ISR"}, {("LBN", "AGR")}),
    ],
    "a_passive_with_a_named_agent": [
        ("Five villagers were killed by Russian troops near Kharkiv.", {"RUS"}, {("UKR", "CVL")}),
        ("모가디슈 인근에서 주민 4명이 에티오피아군에 의해 살해됐다.", {"ETH"}, {("SOM", "CVL")}),
    ],
    "negative_a_town_of_the_doers_own_state": [
        ("Russian soldiers killed six residents of Belgorod overnight.", {"RUS"}, {("RUS", "CVL")}),
        ("러시아군이 벨고로드에서 주민 6명을 살해했다.", {"RUS"}, {("RUS", "CVL")}),
        ("에티오피아군이 곤다르에서 주민 4명을 사살했다.", {"ETH"}, {("ETH", "CVL")}),
    ],
    "negative_victims_named_of_the_doers_state": [
        ("Russian soldiers killed five Russian deserters on Monday.", {"RUS"}, {("RUS", "OPP")}),
    ],
    "negative_a_named_foreign_victim_keeps_its_words": [
        ("Ethiopian soldiers were killed by Somali troops near Mogadishu.", {"SOM"}, {("ETH", "MIL")}),
    ],
}


@pytest.mark.parametrize("sentence, actors, recipients", class_rows(ROWS))
def test_placed_victims(sentence, actors, recipients):
    acting, receiving = sector_sides(sentence, "ASSAULT")
    assert ({c for c, _ in acting}, receiving) == (actors, recipients)


# (sentence): no place names the victims' state: the passive's victims stay unplaced, no state is guessed
UNPLACED = {
    "negative_no_town": [
        "Five villagers were killed by Russian troops.",
    ],
    "negative_a_town_of_the_doers_own_state_in_the_passive": [
        "Five villagers were killed by Russian troops near Belgorod.",
    ],
}


@pytest.mark.parametrize("sentence", class_rows(UNPLACED))
def test_unplaced_passive_victims_get_no_foreign_state(sentence):
    acting, receiving = sector_sides(sentence, "ASSAULT")
    assert not {c for c, _ in receiving} - {"RUS"}, receiving


# (sentence, acting states (exactly), receiving states (exactly)): the official reporting a harm told with its cause
# ('X 시장은 포격으로 주민 2명이 숨졌다고 밝혔다') is no doer, as English 'the mayor of X said the shelling killed two' reads
# (doerless49); the cause's owner and a force reporting its own strikes still act
REPORTED = {
    "the_reporting_official_is_no_doer": [
        ("하르키우 시장은 포격으로 주민 2명이 숨졌다고 밝혔다.", set(), {"UKR"}),
        ("키이우 시장은 공습으로 주민 3명이 숨졌다고 말했다.", set(), {"UKR"}),
        ("The mayor of Kharkiv said the shelling killed three residents.", set(), {"UKR"}),
    ],
    "negative_the_causes_owner_acts": [
        ("하르키우 시장은 러시아군의 포격으로 주민 2명이 숨졌다고 밝혔다.", {"RUS"}, {"UKR"}),
        ("러시아군의 공격으로 하르키우 주민 7명이 숨졌다.", {"RUS"}, {"UKR"}),
    ],
    "negative_a_force_reporting_its_strikes_acts": [
        ("말리군은 공습으로 반군 10명이 숨졌다고 밝혔다.", {"MLI"}, {"MLI"}),
    ],
}


@pytest.mark.parametrize("sentence, actors, recipients", class_rows(REPORTED))
def test_reported_harm(sentence, actors, recipients):
    acting, receiving = sector_sides(sentence, "ASSAULT")
    assert ({c for c, _ in acting}, {c for c, _ in receiving}) == (actors, recipients)
