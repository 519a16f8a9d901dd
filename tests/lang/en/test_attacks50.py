"""enattack50 (issues 13, 14): English attacks, their victims and their sites. A killing told with its result ('shot
dead', 'stabbed to death') is one verb phrase, a passive when a 'by' follows it; people a state's forces harmed in a
passive are the harmed, of the state their words name, else the forces' own; victims whose own words name a state are
that state's alone, the place's state being where it happened; a site's town after its descriptor ('near the city
of X') is the site's place; a shopping centre is a business site; a capital its own state's armed group attacks is
that state's government. Our own sentences (Korean twins: tests/lang/ko/test_attacks50.py)."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, first_of

ROWS = {  # (sentence, acting (state, sector) pairs that must be among the actors, receiving pairs exactly, mode)
    "resultative_passive": [
        ("Two protesters were shot dead by Iranian police in Shiraz on Tuesday.",
         {("IRN", "COP")}, {("IRN", "CVL")}, "firearms"),
        ("Three students were gunned down by Peruvian police in Cusco on Friday.",
         {("PER", "COP")}, {("PER", "EDU")}, "firearms"),
        ("Four farmers were hacked to death by Nigerian soldiers near Jos on Sunday.",
         {("NGA", "MIL")}, {("NGA", "AGR")}, None),
        ("Two Iraqi students were shot dead by Syria's police on Monday.",
         {("SYR", "COP")}, {("IRQ", "EDU")}, "firearms"),
    ],
    "resultative_active": [
        ("Bolivian police shot dead two miners in Potosi on Thursday.", {("BOL", "COP")}, {("BOL", "LAB")},
         "firearms"),
    ],
    "victims_of_a_named_state": [
        ("Syrian troops killed four Jordanian smugglers near an Iraqi village on Monday.",
         {("SYR", "MIL")}, {("JOR", "CRM")}, None),
        ("Turkish soldiers killed two Iranian farmers outside a Syrian town on Friday.",
         {("TUR", "MIL")}, {("IRN", "AGR")}, None),
    ],
    "described_town_site": [
        ("Gunmen attacked a market near the city of Maiduguri on Tuesday.", set(), {("NGA", "CVL")}, None),
        ("Gunmen attacked a market near the northeastern Nigerian city of Maiduguri on Tuesday.", set(),
         {("NGA", "CVL")}, None),
    ],
    "shopping_centre": [
        ("Militants attacked a shopping centre in Mombasa on Saturday.", set(), {("KEN", "BUS")}, None),
        ("Militants stormed a shopping center in Kisumu, Kenya, on Saturday.", set(), {("KEN", "BUS")}, None),
    ],
    "own_capital_struck": [
        ("Sudanese rebels attacked Khartoum on Sunday.", {("SDN", "REB")}, {("SDN", "GOV")}, None),
        ("Malian rebels shelled Bamako on Sunday.", {("MLI", "REB")}, {("MLI", "GOV")}, None),
        ("Russian forces attacked Kyiv on Sunday.", {("RUS", "MIL")}, {("UKR", "GOV")}, None),
    ],
}

KEPT = [  # (sentence, receiving pairs that stay as they were)
    ("Militants attacked a detention centre in Mombasa on Saturday.", set()),  # a bare centre is no business site
    ("Syrian rebels attacked Aleppo on Sunday.", {("SYR", "GOV")}),  # enattack51: a town is its state's, as a capital
    ("Russian troops killed five villagers near a Ukrainian town on Monday.", {("UKR", "CVL")}),  # no state's people
    ("Israeli jets struck Iranian-backed militias in Syria on Monday.", {("SYR", "REB")}),  # a backer, no victims' state
]


def pairs(entities) -> set[tuple[str, str]]:
    return {(e.country, e.sector) for e in entities}


def first_assault(text: str):
    return first_of(events(text), type="ASSAULT")


@pytest.mark.parametrize("text, acting, receiving, mode", class_rows(ROWS))
def test_attack_sides(text, acting, receiving, mode):
    e = first_assault(text)
    assert acting <= pairs(e.participants), pairs(e.participants)
    assert pairs(e.recipients) == receiving
    if mode is not None:
        assert e.mode == mode


@pytest.mark.parametrize("text, receiving", KEPT)
def test_readings_kept(text, receiving):
    assert pairs(first_assault(text).recipients) == receiving
