"""A pledge of retaliation is a threat, never an AGREE (modal46), with sentences of our own.

A pledge verb whose object is retaliation ('보복을 다짐했다', '응징을 천명했다', '복수를 맹세했다'; ko_acts.yaml and
ko_acts_cameo_spec.yaml, CAMEO 130/138) threatens the side named with '에 대한' or '에'; a pledge whose quoted
complement is a threat ending in a causative or auxiliary run ('대가를 치르게 하겠다고 다짐했다') is the threat alone
(act_vowed_responses.framed_threats). A pledge of aid stays an AGREE.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text, actor, recipients", [
    ("에리트레아는 에티오피아에 대한 보복을 다짐했다.", "ERI", {"ETH"}),
    ("미얀마 군정은 태국에 대한 응징을 천명했다.", "MMR", {"THA"}),
    ("베네수엘라는 가이아나에 복수를 맹세했다.", "VEN", {"GUY"}),
    ("아르메니아는 아제르바이잔과 튀르키예에 대한 보복을 약속했다.", "ARM", {"AZE", "TUR"}),
    ("수단 정부는 차드에 반드시 대가를 치르게 하겠다고 다짐했다.", "SDN", {"TCD"}),
])
def test_vowed_retaliation_threatens(text, actor, recipients):
    events = read(text)
    assert_act(events, "THREATEN", {actor}, recipients, "occurred")
    assert_act(events, "AGREE", set(), None, None)


def test_pledged_aid_stays_an_agreement():
    assert_act(read("칠레 정부는 페루에 대한 지원을 약속했다."), "AGREE", {"CHL"}, None, "occurred")
