"""(ploveren71) A hunger strike begun ('went on hunger strike', '단식 농성에 들어갔다') is the manual's PROTEST mode
hunger, not strike: the 'go on' entry of a work stoppage no longer lists 'hunger strike' among its objects (the
entry for the hunger strike itself does, scripts/data/en_acts_additions.yaml). Negative rows: a strike begun with
no hunger word stays mode strike. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events, first_of

ROWS = [
    ("Iranian prisoners went on hunger strike.", {"IRN"}, "hunger"),
    ("Two Cuban dissidents have gone on hunger strike.", {"CUB"}, "hunger"),
    ("이란 수감자들은 10일 단식 농성에 들어갔다.", {"IRN"}, "hunger"),
    # negative rows: a work stoppage is no hunger strike
    ("Chilean dockworkers went on strike on Monday.", {"CHL"}, "strike"),
    ("칠레 항만 노동자들은 9일 파업에 들어갔다.", {"CHL"}, "strike"),
]


@pytest.mark.parametrize("sentence, actors, mode", ROWS)
def test_hunger_strikes_begun(sentence, actors, mode):
    first = first_of(events(sentence), type="PROTEST")
    assert actors <= countries(first.participants) and first.mode == mode, (first.mode, countries(first.participants))
