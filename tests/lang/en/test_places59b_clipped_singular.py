"""places59b (issue 14, class 6): a clipped people's name is read in the plural only ('Kiwis marched'); the singular
before a noun ('Kiwi growers', the fruit's; 'Aussie farmers') names no state, whether read as a form or as a slip of
one. Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def states(text: str) -> set[str]:
    """Every state on either side of every event of `text`."""
    return {e.country for ev in events(text) for e in (*ev.participants, *ev.recipients)}


@pytest.mark.parametrize("text, code, named", [
    # the singular premodifies a trade: the fruit's growers, a farm's workers; no state
    ("Kiwi growers protested against the new export tax outside parliament on Monday.", "NZL", False),
    ("Aussie farmers blocked the highway to protest the drought aid cuts on Friday.", "AUS", False),
    ("Kiwi pickers went on strike over unpaid wages in the orchard district on Tuesday.", "NZL", False),
    # the plural still names the people, the full adjective the state
    ("Kiwis rallied outside the Chinese consulate against the fishing ban on Monday.", "NZL", True),
    ("Australian farmers blocked the highway to protest the drought aid cuts on Friday.", "AUS", True),
])
def test_clipped_singular_is_no_state(text, code, named):
    """The state is named on a side exactly where the plural or the full adjective stands."""
    assert (code in states(text)) == named, [(e.type, [p.country for p in e.participants]) for e in events(text)]
