"""(relobj47, issue 13) The subject of an adnominal clause on an act's own object is no recipient when the act fills
its own target slot: '가나는 [프랑스가 부당하다고 말한] 제재를 토고에 부과했다' — France judged the sanctions, Togo
receives them (lang/ko/act_judged_objects). With no target slot filled, the clause's subject stays the act's side:
'[칠레군이 볼리비아에 발사한] 미사일을 규탄했다' condemns Chile, whose attack on Bolivia is an act of its own."""
from __future__ import annotations

import pytest

from tests.event_sides import sides

ROWS = [
    ("가나는 프랑스가 부당하다고 말한 제재를 토고에 부과했다.", "SANCTION", (["GHA"], ["TGO"])),
    ("가나는 프랑스가 승인한 관세를 토고에 부과했다.", "SANCTION", (["GHA"], ["TGO"])),
    ("베냉은 나이지리아가 과도하다고 평가한 관세를 토고에 부과했다.", "SANCTION", (["BEN"], ["TGO"])),
    ("페루는 칠레군이 볼리비아에 발사한 미사일을 규탄했다.", "ASSAULT", (["CHL"], ["BOL"])),
    # negative rows: no target slot of the act's own: the clause's subject is what the act answers
    ("페루는 칠레군이 볼리비아에 발사한 미사일을 규탄했다.", "ACCUSE", (["PER"], ["CHL"])),
]


@pytest.mark.parametrize("text,kind,expected", ROWS)
def test_judged_object(text, kind, expected):
    found = sides(text, kind)
    assert found, found
    assert (sorted(found[0][0]), sorted(found[0][1])) == expected, found
