"""enmeet47 (issues 13, 15): a truce called for between two named sides asks both: 'called for an immediate ceasefire
between X and Y', 'appealed for a truce between X and Y' are REQUEST yield of X and Y, as 'urged a ceasefire between X
and Y' and Korean 'X와 Y 간 휴전을 촉구했다' (the twin row) already read (scripts/data/en_acts_additions.yaml: call /
appeal / press / push for + a truce noun + 'between'). A request that names no side keeps the unaddressed reading:
the sides of the fighting the story told, else no event (the PLOVER gold codes every REQUEST with a recipient;
docs/coding-choices.md). Every sentence is our own.
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import sides

# (text, the REQUEST's (actors, recipients) sides, None: no REQUEST)
ROWS = {
    "a_truce_called_for_between_two_sides_asks_both": [
        ("Kenya's president called for an immediate ceasefire between Ethiopia and Eritrea.", ({"KEN"}, {"ETH", "ERI"})),
        ("Kenya appealed for a truce between Ethiopia and Eritrea on Tuesday.", ({"KEN"}, {"ETH", "ERI"})),
        ("Kenya called for an end to the fighting between Ethiopia and Eritrea.", ({"KEN"}, {"ETH", "ERI"})),
        ("케냐 대통령은 에티오피아와 에리트레아 간 즉각적인 휴전을 촉구했다.", ({"KEN"}, {"ETH", "ERI"})),
    ],
    "no_side_named_the_fighting_s_sides_or_none": [
        ("Ethiopian and Eritrean troops clashed along the border on Monday. Kenya's president called for an immediate "
         "ceasefire.", ({"KEN"}, {"ETH", "ERI"})),
        ("Kenya's president called for an immediate ceasefire.", None),
        ("케냐 대통령은 즉각적인 휴전을 촉구했다.", None),
    ],
}


@pytest.mark.parametrize("text, want", class_rows(ROWS))
def test_truce_requests_between(text, want):
    found = [(set(a) - set(r), set(r)) for a, r in sides(text, "REQUEST")]
    if want is None:
        assert not found, found
    else:
        assert want in found, found
