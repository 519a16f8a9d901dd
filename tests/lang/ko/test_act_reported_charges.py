"""(koacts59b, issue 13) A hostile deed reported under a plain verb of saying ('B군이 ...을 포격했다고 말했다/밝혔다')
is also the speaker's ACCUSE (allege) against the doer, beside the deed (lang/ko/act_reported_charges.py), as English
'Peru said Bolivia had shelled ...' (lang/en/act_reported_charges.py). Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import check_side_row, events


@pytest.mark.parametrize("text, acting, receiving", [
    ("페루는 볼리비아군이 국경 초소를 포격했다고 말했다.", "PER", "BOL"),
    ("페루는 볼리비아군이 자국 국경 초소를 포격했다고 밝혔다.", "PER", "BOL"),
    ("가나 정부는 토고 경찰이 자국 어민들을 체포했다고 말했다.", "GHA", "TGO"),
    ("핀란드 국방부는 러시아 군용기가 자국 영공을 침범했다고 밝혔다.", "FIN", "RUS"),
])
def test_a_deed_told_of_another_is_the_speakers_charge(text, acting, receiving):
    check_side_row(text, "ACCUSE", acting, receiving)


@pytest.mark.parametrize("text", [
    "페루는 자국군이 국경 초소를 포격했다고 밝혔다.",  # its own forces: no one charged
    "페루는 그들이 국경 초소를 포격했다고 밝혔다.",  # a pronoun: no side of its own
    "페루는 볼리비아군이 국경 초소를 포격하겠다고 위협했다고 밝혔다.",  # a threat told: a report (charges51)
    "페루는 볼리비아군이 국경 초소를 포격할 것이라고 밝혔다.",  # a plan, no deed alleged
    "페루는 볼리비아군이 국경 초소를 포격하지 않았다고 밝혔다.",  # denied
    "페루는 볼리비아가 자국에 구호품을 보냈다고 밝혔다.",  # aid told: no wrong
])
def test_no_charge(text):
    assert not [e for e in events(text) if e.type == "ACCUSE"], [(e.type, e.mode) for e in events(text)]


def test_an_accusation_verb_keeps_its_one_charge():
    """'비난했다' reads its own ACCUSE; no second one is added at the reporting verb."""
    found = [e for e in events("페루는 볼리비아군이 국경 초소를 포격했다고 비난했다.") if e.type == "ACCUSE"]
    assert len(found) == 1, [(e.type, e.mode) for e in found]


def test_the_deed_stays_beside_the_charge():
    kinds = {e.type for e in events("페루는 볼리비아군이 국경 초소를 포격했다고 말했다.")}
    assert {"ASSAULT", "ACCUSE"} <= kinds, kinds
