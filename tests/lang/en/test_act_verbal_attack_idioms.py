"""Idioms of a verbal attack (outcomes47): 'took a swipe at', 'rounded on', 'tore into', 'laid into', 'railed against',
beside 'hit out at' and 'lashed out at', are CAMEO 111 criticism, PLOVER ACCUSE disapprove; the one attacked
receives. A phrasal participle whose particle opens its object ('rounded on X') is active, while a bare participle
before a preposition ('was slammed for') still names no judge. Every sentence is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2025, 6, 2)


@pytest.mark.parametrize("text,actors,recipients", [
    ("Peru took a swipe at Bolivia on Monday over the river dispute.", {"PER"}, {"BOL"}),
    ("Ecuador rounded on Colombia, saying it had broken its word.", {"ECU"}, {"COL"}),
    ("Kenya tore into Uganda's new tariffs on Tuesday.", {"KEN"}, {"UGA"}),
    ("Nepal laid into India over the fuel blockade.", {"NPL"}, {"IND"}),
    ("Argentina railed against Britain on Wednesday.", {"ARG"}, {"GBR"}),
    ("Brazil hit out at Venezuela over the vote.", {"BRA"}, {"VEN"}),
    ("Serbia lashed out at Croatia over the arrests.", {"SRB"}, {"HRV"}),
])
def test_an_idiom_of_verbal_attack_is_an_accusation(text, actors, recipients):
    assert_act(extract_text(text, published=DAY).events, "ACCUSE", actors, recipients, "occurred", mode="disapprove")


@pytest.mark.parametrize("text", [
    "Gunners fired rounds on the village near the border.",
    "The final round on Sunday went to Chile.",
    "Iran was slammed for its drone sales.",
])
def test_no_attack_without_the_idiom(text):
    assert not [e for e in extract_text(text, published=DAY).events if e.type == "ACCUSE"]
