"""The mode of an allegation verb follows the verb's class, not the CAMEO row that listed its object
(scripts/data/en_acts_additions.yaml overrides with object_rows): 'blamed the attacks on X' alleges as 'blamed X
for' does, with sentences of our own; a condemnation stays a disapproval."""
from __future__ import annotations

from datetime import date

import pytest

from tests.event_sides import events

DAY = date(2026, 6, 9)


@pytest.mark.parametrize("text, mode", [
    ("Ecuador blamed the border attacks on Colombian rebels on Monday.", "allege"),
    ("Mali's junta blamed the convoy attack on fighters armed by Algeria.", "allege"),
    ("Ecuador condemned the border attacks by Colombian rebels on Monday.", "disapprove"),
    # accuse56: a charge of an omission judges how the side did its part (disapprove); a deed charged alleges
    ("The Swedish defence minister accused Norway on Tuesday of failing to protect the islands.", "disapprove"),
    ("Chile accused Peru of underinvesting in border security.", "disapprove"),
    ("Spain blamed Morocco for not doing enough to stop the crossings.", "disapprove"),
    ("Chile accused Peru of shelling a border post.", "allege"),
])
def test_allegation_mode_follows_the_verb(text, mode):
    found = [e for e in events(text, DAY) if e.type == "ACCUSE"]
    assert found and {e.mode for e in found} == {mode}
