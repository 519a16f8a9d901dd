"""A state's ruling military named bare ('the junta', 'the military government', '군부', '군정') with no state named with
it in the document is the state the story is placed in: the one state of the places told so far, else the lead's,
else a dateline's that tells where the news happens (pipeline/ruling_organs.py, actors61). Our own sentences;
negatives: mediators belong to no place, a home desk's dateline places nothing, a lead of two states leaves it open."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import sides

PLACED = {  # (text, kind, the junta's state, the other side)
    "en": [
        ("Soldiers seized power in Ouagadougou last year. Ghana condemned the coup. The junta on Monday expelled "
         "the Ghanaian ambassador.", "SANCTION", "BFA", "GHA"),
        ("Guinea's army took power in a coup last year.\n\nOn Monday the military government expelled the Senegalese "
         "ambassador.", "SANCTION", "GIN", "SEN"),
        ("CONAKRY (Reuters) - The junta on Monday expelled the Senegalese ambassador.", "SANCTION", "GIN", "SEN"),
        ("Thousands marched in Khartoum on Sunday. Egypt on Monday urged the military rulers to free the detained "
         "ministers.", "REQUEST", "SDN", "EGY"),
    ],
    "ko": [
        ("지난해 와가두구에서 군인들이 권력을 장악했다. 군부는 9일 가나 대사를 추방했다.", "SANCTION", "BFA", "GHA"),
        ("(서울=연합뉴스) 지난해 코나크리에서 쿠데타가 일어났다. 세네갈은 9일 군정에 조기 선거 실시를 촉구했다.",
         "REQUEST", "GIN", "SEN"),
    ],
}


@pytest.mark.parametrize("text, kind, junta, other", class_rows(PLACED))
def test_a_bare_junta_is_the_placed_states(text, kind, junta, other):
    found = sides(text, kind)
    assert any({junta, other} <= set(a) | set(r) and junta != other for a, r in found), found
    assert all(a and r for a, r in found), found


@pytest.mark.parametrize("text, kind", [
    # mediators are no ruler of the place they are named in
    ("Fighting raged in Khartoum on Sunday. Egypt on Monday urged the mediators to resume the talks.", "REQUEST"),
    ("(서울=연합뉴스) 하르툼에서 교전이 이어졌다. 이집트는 9일 중재단에 협상 재개를 촉구했다.", "REQUEST"),
    # a home desk's dateline tells where the story was written: the junta is no Seoul's
    ("(서울=연합뉴스) 군정은 9일 세네갈 대사를 추방했다.", "SANCTION"),
    # a lead naming two states and no place: left open
    ("Senegal and Guinea closed their border on Sunday. The junta on Monday expelled the Malian ambassador.",
     "SANCTION"),
    ("The junta on Monday expelled the Malian ambassador.", "SANCTION"),
])
def test_a_bare_ruler_with_no_placed_state_names_none(text, kind):
    found = sides(text, kind)
    assert not any(set(a) - {"EGY", "MLI"} or set(r) - {"EGY", "MLI"} for a, r in found), found
