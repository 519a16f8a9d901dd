"""A state named by description ('the South American country', 'the Gulf state', 'the island nation', '이 남미 국가는',
'해당 국가는') is the most recent state of that region named before it (pipeline/described_states.py, actors61; the
regions: lexicon described_state_regions over GeoNames continent codes, kb/geonames.continent_members, and the groupings'
members). Our own sentences; negatives: no state of the region named before, the region's only state named in the
sentence itself."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import sides

ROWS = {  # (text, kind, the described state, the other side)
    "en": [
        ("Protests spread across Ecuador on Sunday. On Monday the South American country expelled the Norwegian "
         "ambassador.", "SANCTION", "ECU", "NOR"),
        ("Qatar and Iran signed a gas deal on Sunday. On Monday the Gulf state expelled the Norwegian ambassador.",
         "SANCTION", "QAT", "NOR"),
        ("Riots broke out in Haiti on Sunday. On Monday the Caribbean nation expelled the Norwegian ambassador.",
         "SANCTION", "HTI", "NOR"),
        ("Fiji and Norway held talks on Sunday. On Monday Norway accused the Pacific nation of stalling.",
         "ACCUSE", "FJI", "NOR"),
    ],
    "ko": [
        ("에콰도르에서 시위가 확산됐다. 이 남미 국가는 9일 노르웨이 대사를 추방했다.", "SANCTION", "ECU", "NOR"),
        ("에콰도르에서 시위가 확산됐다. 해당 국가는 9일 노르웨이 대사를 추방했다.", "SANCTION", "ECU", "NOR"),
        ("우즈베키스탄과 노르웨이가 9일 회담했다. 노르웨이는 10일 이 중앙아시아 국가를 비난했다.", "ACCUSE", "UZB", "NOR"),
    ],
}


@pytest.mark.parametrize("text, kind, state, other", class_rows(ROWS))
def test_a_described_state_is_the_last_of_its_region(text, kind, state, other):
    found = sides(text, kind)
    assert any({state, other} <= set(a) | set(r) for a, r in found), found


@pytest.mark.parametrize("text, kind", [
    # no state of the region named before: none
    ("Norway hosted talks on Monday. The South American country expelled the Danish ambassador.", "SANCTION"),
    ("노르웨이가 회담을 주최했다. 이 남미 국가는 9일 덴마크 대사를 추방했다.", "SANCTION"),
    # the region's only state is the sentence's own: no other to refer to
    ("Ecuador on Monday condemned the South American country.", "ACCUSE"),
])
def test_a_described_state_with_no_antecedent_names_none(text, kind):
    found = sides(text, kind)
    assert not any(set(a) - {"NOR", "DNK"} and set(r) - {"NOR", "DNK"} for a, r in found), found
    assert not any("ECU" in r for _, r in found), found
