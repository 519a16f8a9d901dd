"""(enacts55, issue 15) The one given to by a verb of giving whose required object follows ('gave the militants an
ultimatum') receives the act, as after 'to' ('issued an ultimatum to the militants') and as Korean '무장세력에
최후통첩을 했다' reads: the militants of the giver's state, REB (lang/en/act_sides.indirect_object_start). Guard rows:
a state named there still receives; the object right after the verb reads as before. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import sector_sides

ROWS = [  # (sentence, type, acting (state, sector) pairs among the parties, receiving pairs (exactly))
    ("The Malian army gave the militants an ultimatum.", "THREATEN", {("MLI", "MIL")}, {("MLI", "REB")}),
    ("The Chadian army handed the rebels an ultimatum.", "THREATEN", {("TCD", "MIL")}, {("TCD", "REB")}),
    ("말리군은 무장세력에 최후통첩을 했다.", "THREATEN", {("MLI", "MIL")}, {("MLI", "REB")}),
    ("Mali gave Algeria an ultimatum.", "THREATEN", {("MLI", "GOV")}, {("DZA", "GOV")}),
    ("Mali issued an ultimatum to the militants.", "THREATEN", {("MLI", "GOV")}, {("MLI", "REB")}),
]


@pytest.mark.parametrize("text, kind, acting, receiving", ROWS)
def test_indirect_objects(text, kind, acting, receiving):
    actors, recipients = sector_sides(text, kind)
    assert acting <= actors, actors
    assert recipients == receiving, recipients
