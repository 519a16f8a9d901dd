"""Korean agent nouns in the plural (들) are the same agent: '시리아 군인들은' is Syria's military, as
'시리아 군인은' is; in English the plural is listed ('Iraqi policemen')."""
from datetime import date

import pytest

from readout.api import extract_text
from readout.lang.ko.agents import agent_words, sector_of


@pytest.mark.parametrize("phrase, sector", [("군인들", "MIL"), ("경찰관들", "COP"), ("반군들", "REB"),
                                            ("관리들", "GOV"), ("들", None), ("사람들", None)])
def test_plural_sector(phrase, sector):
    assert sector_of(phrase) == sector


def test_plural_phrase_of_two_words():
    assert agent_words(["정부", "관계자들", "은"]) == (2, "GOV")


@pytest.mark.parametrize("text, expected", [
    ("시리아 군인들은 노르웨이를 강하게 비난했다.", [("SYR", "MIL")]),
    ("이라크 경찰관들은 노르웨이를 강하게 비난했다.", [("IRQ", "COP")]),
    ("Iraqi policemen condemned Norway on Monday.", [("IRQ", "COP")]),
])
def test_plural_agents_act_for_their_state(text, expected):
    events = extract_text(text, published=date(2024, 5, 22)).events
    assert sorted({(p.country, p.sector) for e in events for p in e.participants}) == expected
