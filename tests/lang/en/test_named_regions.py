"""places53 (issue 13): a first-level region written with its type word after it is a place of region precision
(lang/en/named_regions.py), after a plain locative or an attack verb; places54: the region table's state's, whatever
state's possessive the text writes before it.
Our own sentences; the Korean side (a region before '주', '브랸스크주') is read by sound only for its state
(kb/region_sound.py) and is left to a later helper."""
from __future__ import annotations

import pytest

from readout.lang.en.named_regions import named_regions

ROWS = [  # (text, [(name, country, locative)])
    ("Drones hit a depot in Russia's Belgorod region on Friday.", [("Belgorod", "RUS", True)]),
    ("Police detained nine men in the Helmand province.", [("Helmand", "AFG", True)]),
    ("Artillery shelled the Kherson oblast overnight.", [("Kherson", "UKR", False)]),
    # places54 (row changed on purpose): another state's possessive is no bar; the region is the table's state's
    ("Drones hit a depot in Ukraine's Belgorod region on Friday.", [("Belgorod", "RUS", True)]),
    ("Shells fell in Russia's Kherson region on Friday.", [("Kherson", "UKR", True)]),  # a claim: still Ukraine's
    ("The government of Helmand province ordered new patrols.", []),  # a body's region: no place of an act
    ("Police detained nine men in the Narnia province.", []),  # no region of the table
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_a_region_with_its_type_word_is_a_place(text, expected):
    found = named_regions(text, 0)
    assert [(p.name, p.country, p.span.data["locative"]) for p in found] == expected
    assert all(p.precision == "region" and text[p.span.start:p.span.end].endswith(("region", "province", "oblast"))
               for p in found)
