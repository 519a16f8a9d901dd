"""(ploveren71) A headline with no stop ends on the act's object ('Cuba frees Spanish journalist'): when two lexicon
entries match at that object's first word, the tie between their objects looked at the word after the object and
the reader failed with an index error. Nothing follows the object, so the nearer end stands and the act is read as
the same sentence with a stop is. Our own sentences; the negative rows must read no act."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events, first_of

ROWS = [
    ("Cuba frees Spanish journalist", "RETREAT", {"CUB"}, {"ESP"}),
    ("Cuba frees Spanish journalist.", "RETREAT", {"CUB"}, {"ESP"}),
    ("Senegal frees Gambian activists", "RETREAT", {"SEN"}, {"GMB"}),
    # negative rows: a headline naming no act reads none (and does not fail)
    ("Cuba weather turns cold", None, set(), set()),
    ("Spanish journalist writes about Cuba", None, set(), set()),
]


@pytest.mark.parametrize("headline, kind, actors, recipients", ROWS)
def test_headline_object_ends(headline, kind, actors, recipients):
    found = events(headline)
    if kind is None:
        assert not found, [(e.type, countries(e.participants)) for e in found]
        return
    first = first_of(found, type=kind)
    assert countries(first.participants) == actors and countries(first.recipients) == recipients
