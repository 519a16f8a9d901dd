"""A fight or strike said not to exist ('denied that there had been any clashes', 'said there had been "no armed
clashes"'): the report states no such act, so no ASSAULT (lexicon en `denied_existence_before_re`, read in
`reading_acts`); a plain existential ('There were clashes between ...') is still an act. Our own sentences."""
from __future__ import annotations

import pytest

ROWS = [  # (sentence, an ASSAULT expected)
    ("Thailand denied that there had been any armed clashes along the border on Monday.", False),
    ("A spokesman for the Sudanese army said there had been \"no armed clashes\" with the rebels since the truce.",
     False),
    ("Ethiopia denies there were air strikes on the town of Mekelle last week.", False),
    ("Kenyan officials said on Friday that there had been no clashes between the two herding clans.", False),
    ("There were clashes between Serbian police and protesters in Belgrade on Sunday night.", True),
    ("Heavy clashes broke out between Sudanese army units and rebels near Khartoum on Monday.", True),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_denied_existence_is_no_assault(extract, text, expected):
    found = [e for e in extract(text).events if e.type == "ASSAULT"]
    assert bool(found) == expected, [(e.type, e.status) for e in extract(text).events]
