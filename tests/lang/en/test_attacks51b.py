"""enattack51b (issues 13, 14): English attacks, second round. A state's 'forces' named after its demonym or its
possessive are its armed forces (MIL), as 'troops' are and Korean '러시아군' is; a village or hamlet attacked is its
people (CVL) of the state its town names, as a market's crowd is and Korean '마을' reads; an attack noun that did a
harm told before it names its attackers in a modifier ('killed in a rebel attack': REB); armed people attacking
'the government' at a sentence's end fight it, as with words after it. Our own sentences (Korean
twins: tests/lang/ko/test_attacks51b.py)."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, first_of

ROWS = {  # (sentence, acting (state, sector) pairs that must be among the actors, receiving pairs exactly)
    "state_forces": [
        ("Russian forces shelled Zaporizhzhia on Sunday.", {("RUS", "MIL")}, {("UKR", "GOV")}),
        ("Turkish forces shelled Afrin on Wednesday.", {("TUR", "MIL")}, {("SYR", "GOV")}),
        ("Two Syrian farmers were killed by Turkish forces on Monday.", {("TUR", "MIL")}, {("SYR", "AGR")}),
    ],
    "settlement_struck": [
        ("Russian forces attacked a village near Sumy on Friday.", {("RUS", "MIL")}, {("UKR", "CVL")}),
        ("Ethiopian forces attacked a village near Gondar on Monday.", {("ETH", "MIL")}, {("ETH", "CVL")}),
        ("Russian troops shelled villages near Sumy overnight.", {("RUS", "MIL")}, {("UKR", "CVL")}),
        ("Rebels attacked a village in Niger on Tuesday.", {("NER", "REB")}, {("NER", "CVL")}),
    ],
    "modifier_attackers": [  # the attackers named in a modifier of the attack noun that did the harm
        ("Two Malian lawmakers were killed in a rebel attack on Monday.", {("MLI", "REB")}, {("MLI", "LEG")}),
        ("Three Malian herders were killed in a militant attack near Gao.", {("MLI", "REB")}, {("MLI", "AGR")}),
        ("A rebel attack killed two Chadian policemen on Friday.", {("TCD", "REB")}, {("TCD", "COP")}),
    ],
    "government_object_last": [  # the pair's object ends the sentence: no words after it to read the side from
        ("Sudanese rebels attacked the government.", {("SDN", "REB")}, {("SDN", "GOV")}),
        ("KAMPALA (AFP) - Rebels attacked the government.", {("UGA", "REB")}, {("UGA", "GOV")}),
    ],
}

KEPT = [  # (sentence, acting pairs among the actors, receiving pairs): longer phrases keep their own sector
    ("Rebel forces attacked a market in Goma on Monday.", {("COD", "REB")}, {("COD", "CVL")}),
    ("Ugandan security forces shot two protesters in Gulu.", {("UGA", "COP")}, {("UGA", "CVL")}),
    ("Russian forces shelled an airport in Sumy.", {("RUS", "MIL")}, {("UKR", "GOV")}),  # the state's works
    ("Two Malian lawmakers were killed in an attack by rebels.", {("MLI", "REB")}, {("MLI", "LEG")}),  # 'by'
    ("Two Malian lawmakers were killed in a drone attack.", {("MLI", "GOV")}, {("MLI", "LEG")}),  # no agent word
]


def pairs(entities) -> set[tuple[str, str]]:
    return {(e.country, e.sector) for e in entities}


def first_assault(text: str):
    return first_of(events(text), type="ASSAULT")


@pytest.mark.parametrize("text, acting, receiving", class_rows(ROWS) + KEPT)
def test_attack_sides(text, acting, receiving):
    e = first_assault(text)
    assert acting <= pairs(e.participants), pairs(e.participants)
    assert pairs(e.recipients) == receiving
