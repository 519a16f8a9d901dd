"""(victims47) The harmed of an attack told by its harm ('폭탄 테러로 경찰 4명이 숨졌다', 'were wounded in a shooting', 'a
bomb went off ..., killing two soldiers') receive it with the sector their people noun names (the agent table's:
soldiers MIL, police COP, journalists JRN), not always as civilians; and no side acts (doerless49: the place names where, not
who), so no side takes the victims' sector. Our own sentences. Negative rows: people of no sector ('4명', 'residents',
'five people') stay civilians."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import sector_sides

# (sentence, acting (state, sector), None: no side acts; receiving (state, sector))
ROWS = {
    "the_harmed_keep_their_noun_sector_ko": [
        ("바마코에서 폭탄 테러로 말리 경찰 4명이 숨졌다.", None, ("MLI", "COP")),
        ("아크라에서 총격으로 군인 3명이 다쳤다.", None, ("GHA", "MIL")),
    ],
    "the_harmed_keep_their_noun_sector_en": [
        ("Three soldiers were wounded in a shooting in Accra on Friday.", None, ("GHA", "MIL")),
        ("A bomb went off in Bamako on Friday, killing four police officers.", None, ("MLI", "COP")),
    ],
    "people_of_no_sector_stay_civilians_ko": [
        ("아크라에서 총격으로 주민 3명이 다쳤다.", None, ("GHA", "CVL")),
    ],
    "people_of_no_sector_stay_civilians_en": [
        ("Five people were wounded in a shooting in Accra on Friday.", None, ("GHA", "CVL")),
    ],
}


@pytest.mark.parametrize("sentence, actor, recipient", class_rows(ROWS))
def test_harmed_sectors(sentence, actor, recipient):
    acting, receiving = sector_sides(sentence, "ASSAULT")
    assert (actor in acting if actor else not acting) and recipient in receiving, (acting, receiving)
