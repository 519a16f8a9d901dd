"""(kotargets68) A statement aimed at people, not a state: an accusation, a praise or a threat whose object is a people
noun, counted or not, is done to those people, civilians (their noun's sector) of the state their words name, else of
the actor's own: English 'condemned the protesters' (lang/en/act_sides.domestic_target), Korean '시위대를 비난했다',
'수천 명의 시위대를' (lang/ko/act_addressed_people). An armed group's noun is no such people, and a state's leader
stays that state's government. Our own sentences, one table for both languages."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 12)


def received(text: str, kind: str) -> list[set[tuple[str, str]]]:
    return [{(r.country, r.sector) for r in e.recipients} for e in extract_text(text, published=DAY).events
            if e.type == kind]


@pytest.mark.parametrize("text,kind,recipients", [
    ("The Zambian government condemned the demonstrators in Lusaka on Wednesday.", "ACCUSE", {("ZMB", "CVL")}),
    ("잠비아 정부는 11일 루사카의 시위대를 비난했다.", "ACCUSE", {("ZMB", "CVL")}),
    ("잠비아 정부는 11일 수백 명의 시위대를 강하게 비난했다.", "ACCUSE", {("ZMB", "CVL")}),
    ("잠비아 내무장관은 11일 시위자들을 규탄했다.", "ACCUSE", {("ZMB", "CVL")}),
    ("The Zambian president praised the residents of the flooded valley.", "SUPPORT", {("ZMB", "CVL")}),
    ("잠비아 대통령은 11일 홍수 피해 지역 주민들을 칭찬했다.", "SUPPORT", {("ZMB", "CVL")}),
    ("잠비아 정부는 11일 노조를 비난했다.", "ACCUSE", {("ZMB", "LAB")}),
    # the people's own state named: theirs
    ("잠비아 정부는 11일 말라위 시위대를 비난했다.", "ACCUSE", {("MWI", "CVL")}),
    # negatives: an armed group is no civilians, a state's leader stays its government
    ("잠비아 정부는 11일 테러 단체를 비난했다.", "ACCUSE", None),
    ("잠비아 정부는 11일 반군을 규탄했다.", "ACCUSE", {("ZMB", "REB")}),
    ("잠비아 대통령은 11일 말라위 대통령을 비난했다.", "ACCUSE", {("MWI", "GOV")}),
    ("잠비아 대통령은 11일 말라위의 시위대 진압을 비난했다.", "ACCUSE", {("MWI", "GOV")}),
])
def test_addressed_people(text, kind, recipients):
    found = received(text, kind)
    if recipients is None:
        assert all(("ZMB", "CVL") not in f for f in found), found
        return
    assert found and found[0] == recipients, found
