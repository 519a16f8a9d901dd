"""enattack51 (issues 13, 14): English attacks on towns and their works. A town the city index lacks, named bare right
after a verb of attack from afar or of storming, is the place attacked ('shelled Kherson overnight'); a town named bare
as the object of its own state's armed group's attack is that state's government, as a capital is ('Syrian rebels
attacked Aleppo'); an airport or a port attacked is the state's works (GOV), named after its link ('an airport in X')
or before its head ('X airport'), the attackers' own words giving it no sector; one person of an unarmed people noun
harmed by force ('A farmer was stabbed to death by X soldiers') is of those people, as the plural is. Our own sentences (Korean twins:
tests/lang/ko/test_attacks51.py)."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, first_of

ROWS = {  # (sentence, acting (state, sector) pairs that must be among the actors, receiving pairs exactly)
    "struck_unindexed_town": [
        ("Russian forces shelled Kherson overnight.", {("RUS", "MIL")}, {("UKR", "GOV")}),
        ("Russian forces bombarded Mykolaiv on Tuesday night.", {("RUS", "MIL")}, {("UKR", "GOV")}),
        ("Russian drones hit Kherson early on Thursday.", {("RUS", "GOV")}, {("UKR", "GOV")}),
    ],
    "own_town_struck": [
        ("Syrian rebels attacked Homs on Sunday.", {("SYR", "REB")}, {("SYR", "GOV")}),
        ("Afghan insurgents attacked Herat on Monday.", {("AFG", "REB")}, {("AFG", "GOV")}),
        ("Congolese rebels shelled Bukavu on Friday.", {("COD", "REB")}, {("COD", "GOV")}),
    ],
    "state_works_struck": [
        ("Afghan insurgents attacked an airport in Herat on Monday.", {("AFG", "REB")}, {("AFG", "GOV")}),
        ("Afghan insurgents attacked Herat airport on Monday.", {("AFG", "REB")}, {("AFG", "GOV")}),
        ("An airport in Herat was attacked by Afghan insurgents on Monday.", {("AFG", "REB")}, {("AFG", "GOV")}),
        ("Yemeni rebels shelled the port in Mukalla on Saturday.", {("YEM", "REB")}, {("YEM", "GOV")}),
        ("Russian drones struck Kherson port on Friday.", {("RUS", "GOV")}, {("UKR", "GOV")}),
    ],
    "one_harmed_person": [  # the singular of an unarmed people noun, as its plural (victims48, enacts50b)
        ("A farmer was stabbed to death by Malian soldiers on Monday.", {("MLI", "MIL")}, {("MLI", "AGR")}),
        ("A fisherman was killed by Guinean troops near Conakry on Friday.", {("GIN", "MIL")}, {("GIN", "AGR")}),
        ("Malian soldiers stabbed a shepherd to death on Monday.", {("MLI", "MIL")}, {("MLI", "AGR")}),
        ("Chadian police shot a villager on Monday.", {("TCD", "COP")}, {("TCD", "CVL")}),
        ("A nurse was beaten by Zambian police in Kitwe.", {("ZMB", "COP")}, {("ZMB", "MED")}),
    ],
}

KEPT = [  # (sentence, receiving pairs that stay as they were)
    ("Russian forces shelled Ukrainian soldiers at a market in Donetsk.", {("UKR", "MIL")}),  # the people's sector
    ("Gunmen attacked a market in Kano on Tuesday.", {("NGA", "CVL")}),  # a site of trade keeps its crowd
    ("Syrian rebels attacked Damascus on Sunday.", {("SYR", "GOV")}),  # enattack50's capital
    ("A soldier was killed by Malian rebels on Monday.", {("MLI", "MIL")}),  # enattack52: the rebels' state's soldier
]


def pairs(entities) -> set[tuple[str, str]]:
    return {(e.country, e.sector) for e in entities}


def first_assault(text: str):
    return first_of(events(text), type="ASSAULT")


@pytest.mark.parametrize("text, acting, receiving", class_rows(ROWS))
def test_attack_sides(text, acting, receiving):
    e = first_assault(text)
    assert acting <= pairs(e.participants), pairs(e.participants)
    assert pairs(e.recipients) == receiving


@pytest.mark.parametrize("text, receiving", KEPT)
def test_readings_kept(text, receiving):
    assert pairs(first_assault(text).recipients) == receiving
