"""(acts59, issues 13/15) The side rows of this session's English act classes, one table: a reported deed of force is
also the speaker's charge (act_reported_charges; more rows: test_act_reported_charges.py), the one helped receives the
helper's AID and the one enabled or let its SUPPORT (act_enabled_parties; test_act_enabled_parties.py). Each row: the
sentence, the act, the one state doing it and the one receiving it; the Korean twins last. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import check_side_row

ROWS = class_rows({
    "reported_charge": [
        ("Peru said Bolivia had shelled its border post on Tuesday.", "ACCUSE", "PER", "BOL"),
        ("Chile said Argentine hackers had hacked the finance ministry's servers.", "ACCUSE", "CHL", "ARG"),
        ("Norway said Russia had jammed GPS signals over its northern towns.", "ACCUSE", "NOR", "RUS"),
        ("In a statement, Ecuador said Colombian troops had shelled a river outpost.", "ACCUSE", "ECU", "COL"),
    ],
    "helped": [
        ("Norway helped Iceland to repair its undersea cables.", "AID", "NOR", "ISL"),
        ("Japan helped Vietnam build a new container port.", "AID", "JPN", "VNM"),
        ("Canada assisted Haitian police to secure the airport.", "AID", "CAN", "HTI"),
    ],
    "enabled": [
        ("Belarus enabled Russia to move troops across its territory.", "SUPPORT", "BLR", "RUS"),
        ("Turkey allowed Azerbaijan to use its airspace for the flights.", "SUPPORT", "TUR", "AZE"),
        ("Oman permitted Yemen to reopen its border post.", "SUPPORT", "OMN", "YEM"),
    ],
}) + [
    # the Korean twins (koacts59b: lang/ko/act_reported_charges.py, lang/ko/act_enabled_parties.py)
    pytest.param("페루는 볼리비아군이 국경 초소를 포격했다고 말했다.", "ACCUSE", "PER", "BOL", id="ko-reported_charge"),
    pytest.param("노르웨이는 아이슬란드가 해저 케이블을 복구하도록 도왔다.", "AID", "NOR", "ISL", id="ko-helped"),
    pytest.param("터키는 아제르바이잔이 영공을 사용하도록 허용했다.", "SUPPORT", "TUR", "AZE", id="ko-enabled"),
]


@pytest.mark.parametrize("text, kind, acting, receiving", ROWS)
def test_side_row(text, kind, acting, receiving):
    check_side_row(text, kind, acting, receiving)
