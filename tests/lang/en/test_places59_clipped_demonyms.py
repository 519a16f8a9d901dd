"""places59 (issue 14, class 4): a clipped people's name in the plural ('Aussies', 'Kiwis', 'Brits', 'Yanks') is the
people of its state, as 'Kenyans' is; kiwi the fruit, Brits the town and the verb 'yank' are not. Every sentence is our
own."""
from __future__ import annotations

import pytest

from tests.event_sides import sector_sides


@pytest.mark.parametrize("text, kind, code, people", [
    ("Aussies rallied outside the Indonesian consulate to protest the new visa fees on Monday.", "PROTEST", "AUS", True),
    ("Kiwis marched against the French nuclear tests outside the consulate on Sunday.", "PROTEST", "NZL", True),
    ("Hundreds of Brits protested outside the Spanish embassy over the fishing quota on Friday.", "PROTEST", "GBR", True),
    ("Yanks demonstrated outside the Mexican consulate against the tariff on Saturday.", "PROTEST", "USA", True),
    # kiwi the fruit, in lower case, names no state
    ("Growers protested against cheap kiwis imported from Chile on Tuesday.", "PROTEST", "NZL", False),
    # Brits, a town of South Africa, after a preposition of place
    ("South African police in Brits arrested twelve striking miners on Tuesday.", "COERCE", "GBR", False),
    # the verb 'yank' is no people
    ("Yank the tariff, protesters told the Mexican government on Monday.", "PROTEST", "USA", False),
])
def test_clipped_plural(text, kind, code, people):
    """The plural acting is the state's people (CVL); a guard row names the state on no side at all."""
    actors, receivers = sector_sides(text, kind)
    states = {c for c, _sector in actors | receivers}
    assert ((code, "CVL") in actors if people else code not in states), (actors, receivers)
