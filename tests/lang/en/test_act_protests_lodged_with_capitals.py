"""(protest65) A protest verb lodged "to" a capital is lodged with that state's government: 'Peru protested to
Santiago' is Peru's ACCUSE of Chile, as 'protested to Chile' is (act_protest_words.addressed_span: the words after
"to" are the target); a capital as the subject is its state. Korean '리마는 산티아고에 항의했다' agrees. People
protesting keep PROTEST. Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("sentence, side", [
    ("Peru protested to Santiago on Monday.", (["PER"], ["CHL"])),
    ("Lima protested to Santiago over the naval drills.", (["PER"], ["CHL"])),
    ("Quito formally protested to Bogota on Tuesday.", (["ECU"], ["COL"])),
    ("Peru protested to the Chilean foreign ministry.", (["PER"], ["CHL"])),
    ("리마는 산티아고에 항의했다.", (["PER"], ["CHL"])),
])
def test_a_protest_lodged_with_a_capital_is_accuse_of_its_state(sentence, side):
    assert sides(sentence, "ACCUSE") == [side]


@pytest.mark.parametrize("sentence", [
    "Students protested to demand reforms in Lima.",  # people, and an infinitive of purpose: no state addressed
    "Thousands marched to Santiago to protest the new tax.",  # a march to a city: a place gone to
])
def test_people_marching_to_a_city_address_no_state(sentence):
    assert sides(sentence, "ACCUSE") == []
