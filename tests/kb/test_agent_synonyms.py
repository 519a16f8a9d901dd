"""(actors71) News nouns for a side that the Phoenix agents dictionary lacks take the sector of the entry naming what
their people are members or kinds of (scripts/data/build_agents.py SYNONYMS: a unionist is of a trade union, a banker
of a bank, a conscript a soldier), in both languages (the Korean twins are agents.yaml's); nouns with no such entry
stay out, their side the sentence's. Our own phrases."""
import pytest

from readout.lang.en.agents import sector_of
from readout.lang.ko.agents import sector_of as sector_of_ko

ROWS = [
    ("unionists", "LAB"), ("trade unionist", "LAB"), ("bankers", "BUS"), ("herders", "AGR"), ("pastoralists", "AGR"),
    ("pastor", "REL"), ("conscripts", "MIL"), ("paramedics", "MED"), ("shareholders", "BUS"), ("emigrants", "REF"),
    ("dockworkers", "LAB"),
    ("veterans", None), ("tribesmen", None), ("nationalists", None), ("moderates", None),
]
ROWS_KO = [("노조원", "LAB"), ("은행가", "BUS"), ("주주", "BUS"), ("징집병", "MIL"), ("부두 노동자", "LAB"),
           ("참전 용사", None)]


@pytest.mark.parametrize("noun, sector", ROWS)
def test_english_synonym_nouns(noun, sector):
    assert sector_of(noun) == sector


@pytest.mark.parametrize("noun, sector", ROWS_KO)
def test_korean_twins(noun, sector):
    assert sector_of_ko(noun) == sector


@pytest.mark.parametrize("sentence, acting", [
    ("Nigerian unionists marched to the parliament in Abuja on Monday.", ["LAB"]),
    ("Eritrean conscripts ambushed a police patrol near Keren on Monday.", ["MIL"]),
])
def test_synonym_nouns_name_the_side(sentence, acting):
    from tests.event_sides import events
    found = [e for e in events(sentence) if e.type in ("PROTEST", "ASSAULT")]
    assert found and [p.sector for p in found[0].participants] == acting
