"""A trailing attribution to an outlet reports the act and adds no side to it (threat62), with sentences of our own.

', a Chilean weekly reports.', ', Chile's state news agency reported on Monday.', ', the Chilean daily El Sol writes.':
the state named in the outlet's frame is who reports (lexicon en attribution_after_re: present 'reports', 'writes',
and a state's possessive before the outlet), neither the threat's actor nor its recipient (a threat left naming no one is dropped). Korean '...라고 칠레
주간지가 보도했다' is the same frame. Negative rows: a state named inside the act ('to Chile', 'Chile's mines') stays
its recipient with an outlet frame after it.
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import sides

ROWS = class_rows({
    "outlet-frame-adds-no-side": [
        ("Bolivia threatened to cut gas exports, a Chilean weekly reports.", []),
        ("Bolivia vowed to retaliate against Peru, a Chilean weekly reports.", [(["BOL"], ["PER"])]),
        ("Bolivia threatened to cut gas exports, the Chilean daily El Sol reports.", []),
        ("Bolivia threatened to cut gas exports, Chile's state news agency reported on Monday.", []),
        ("볼리비아가 페루에 제재를 가하겠다고 위협했다고 칠레 주간지가 보도했다.", [(["BOL"], ["PER"])]),
    ],
    "state-inside-the-act": [
        ("Bolivia threatened to cut gas exports to Chile, the Argentine daily writes.", [(["BOL"], ["CHL"])]),
        ("Bolivia threatened to cut gas exports to Chile's mines.", [(["BOL"], ["CHL"])]),
    ],
})


@pytest.mark.parametrize("text, expected", ROWS)
def test_outlet_attribution(text, expected):
    assert sides(text, "THREATEN") == expected
