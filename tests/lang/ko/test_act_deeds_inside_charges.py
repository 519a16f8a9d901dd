"""A transfer told only inside an accusation's or a claim's complement is the charge, not an event (k49; lang/ko
act_verdict_charges.charged_transfers), with sentences of our own.

'A는 B가 C에 무기를 공급했다고 비난했다': the ACCUSE A->B is the event; the supply B->C is only asserted by A. The same
deed told by the narrator ('B는 C에 무기를 공급했다', or reported with a plain saying verb) stays an event, and so does
a deed done to the accuser itself ('B군이 국경 마을을 포격했다고 비난했다': the side struck tells what it suffered).
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text, accuser, accused, deed", [
    ("러시아는 폴란드가 우크라이나에 무기를 공급했다고 비난했다.", "RUS", "POL", "AID"),
    ("에티오피아는 이집트가 수단 반군에 무기를 지원했다고 비난했다.", "ETH", "EGY", "AID"),
    ("세르비아는 알바니아가 코소보에 무기를 제공했다며 규탄했다.", "SRB", "ALB", "AID"),
    ("이란은 미국이 이스라엘에 무기를 공급했다고 주장했다.", "IRN", "USA", "AID"),
    ("말리 정부는 알제리가 반군에 무기를 공급했다고 비판했다.", "MLI", "DZA", "AID"),
])
def test_accusation_keeps_the_charge_not_the_deed(text, accuser, accused, deed):
    events = read(text)
    assert_act(events, "ACCUSE", {accuser}, {accused}, "occurred")
    assert_act(events, deed, set(), None, None)


@pytest.mark.parametrize("text, actor, recipients", [
    ("러시아는 폴란드가 우크라이나에 무기를 공급했다고 밝혔다.", "POL", {"UKR"}),  # a plain report, no charge
    ("폴란드는 지난달 우크라이나에 무기를 공급했다. 러시아는 이를 비난했다.", "POL", {"UKR"}),  # the narrator's own
])
def test_narrated_or_plainly_reported_deed_stays(text, actor, recipients):
    assert_act(read(text), "AID", {actor}, recipients, "occurred")


def test_deed_done_to_the_accuser_stays():
    events = read("아제르바이잔은 아르메니아군이 자국 국경 마을을 포격했다고 비난했다.")
    assert_act(events, "ACCUSE", {"AZE"}, {"ARM"}, "occurred")
    assert_act(events, "ASSAULT", {"ARM"}, None, "occurred")


# charges50: a force deed a charge tells against a third side is the charge's content, no event of its own
@pytest.mark.parametrize("text, accuser, accused", [
    ("우크라이나 외무부는 러시아군이 몰도바의 국경 마을을 폭격했다고 비난했다.", "UKR", "RUS"),
    ("이란 외무부는 이스라엘이 레바논 남부 마을들을 포격했다고 주장했다.", "IRN", "ISR"),
    ("터키 정부는 아르메니아가 조지아 접경 지역을 공격했다며 규탄했다.", "TUR", "ARM"),
])
def test_force_deed_against_a_third_side_is_only_the_charge(text, accuser, accused):
    events = read(text)
    assert_act(events, "ACCUSE", {accuser}, {accused}, "occurred")
    assert not [e for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text, striker, struck", [
    ("이란 외무부는 이스라엘이 이란 남부 마을들을 포격했다고 주장했다.", "ISR", "IRN"),  # the accuser was struck
    ("이스라엘군은 레바논 남부 마을들을 포격했다. 이란은 이를 비난했다.", "ISR", "LBN"),  # the narrator's own deed
])
def test_force_deed_on_the_accuser_or_narrated_stays(text, striker, struck):
    assert_act(read(text), "ASSAULT", {striker}, {struck}, "occurred")


# force59: a deed its doer denies in the same sentence is disputed, only the claim: no event, even against the accuser
@pytest.mark.parametrize("text, accuser, accused", [
    ("조지아군은 지난 4일 아르메니아군이 국경 초소 두 곳에 총격을 가했다고 주장했고, 아르메니아 국방부는 이를 부인했다.",
     "GEO", "ARM"),
    ("에콰도르는 콜롬비아가 접경 지역에 폭발물을 설치해 자국 경찰관들이 다쳤다고 주장했으나, 콜롬비아는 이를 부인했다.",
     "ECU", "COL"),
])
def test_force_deed_its_doer_denies_is_only_the_claim(text, accuser, accused):
    events = read(text)
    assert_act(events, "ACCUSE", {accuser}, {accused}, "occurred")
    assert not [e for e in events if e.type == "ASSAULT"]


def test_a_denial_by_another_side_leaves_the_deed():
    """The accused's ally denying something else does not dispute the deed: 'A는 B군이 A의 마을을 포격했다고 비난했고,
    C는 개입을 부인했다' keeps B's shelling."""
    events = read("조지아는 아르메니아군이 자국 국경 마을을 포격했다고 비난했고, 이란은 개입 의혹을 부인했다.")
    assert_act(events, "ASSAULT", {"ARM"}, None, "occurred")
