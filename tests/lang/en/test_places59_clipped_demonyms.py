"""places59 (issue 14, class 4): a clipped people's name in the plural ('Aussies', 'Kiwis', 'Brits', 'Yanks') is the
people of its state, as 'Kenyans' is. Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import sector_sides

PEOPLE = [
    ("Aussies rallied outside the Indonesian consulate to protest the new visa fees on Monday.", "PROTEST", ("AUS", "CVL")),
    ("Kiwis marched against the French nuclear tests outside the consulate on Sunday.", "PROTEST", ("NZL", "CVL")),
    ("Hundreds of Brits protested outside the Spanish embassy over the fishing quota on Friday.", "PROTEST",
     ("GBR", "CVL")),
    ("Yanks demonstrated outside the Mexican consulate against the tariff on Saturday.", "PROTEST", ("USA", "CVL")),
]


@pytest.mark.parametrize("text, kind, side", PEOPLE)
def test_clipped_plural_is_people(text, kind, side):
    actors, _receivers = sector_sides(text, kind)
    assert side in actors, actors


NOT_PEOPLE = [
    # kiwi the fruit, in lower case, names no state
    ("Growers protested against cheap kiwis imported from Chile on Tuesday.", "PROTEST", "NZL"),
    # Brits, a town of South Africa, after a preposition of place
    ("South African police in Brits arrested twelve striking miners on Tuesday.", "COERCE", "GBR"),
    # the verb 'yank' is no people
    ("Yank the tariff, protesters told the Mexican government on Monday.", "PROTEST", "USA"),
]


@pytest.mark.parametrize("text, kind, code", NOT_PEOPLE)
def test_clipping_not_a_people(text, kind, code):
    actors, receivers = sector_sides(text, kind)
    assert code not in {c for c, _s in actors | receivers}, (actors, receivers)
