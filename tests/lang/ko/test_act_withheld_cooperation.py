"""Cooperation withheld as a threat, and a threatened trade measure's mode (threats49; lang/ko/act_withheld_cooperation,
act_forewarnings.threatened_mode), with sentences of our own.

'교전이 계속되면 B와 무역 협상을 하지 않겠다고 압박했다/경고했다': the speaker's own future cooperation refused in the
quoted complement of a verb of warning or pressing is a THREATEN `relations` (the manual: "threaten to suspend relations
or ongoing talks"), not a REQUEST; pressing needs a condition (else it is a demand with its reason). A threatened tariff
('관세를 부과하겠다고 위협했다') restricts goods: THREATEN `restrict`, the warning verb taking its complement's mode.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def threats(text: str):
    return [(e.mode, sorted(p.country for p in e.participants), sorted(r.country for r in e.recipients))
            for e in events(text) if e.type == "THREATEN"]


@pytest.mark.parametrize("text, actor, recipient", [
    ("캐나다 총리는 교전이 계속되면 페루와 무역 협상을 하지 않겠다고 압박했다.", "CAN", "PER"),
    ("호주 정부는 분쟁이 계속될 경우 칠레와 자유무역협정을 체결하지 않겠다고 압박했다.", "AUS", "CHL"),
    ("독일 총리는 충돌이 이어지면 세르비아와 대화를 하지 않겠다고 경고했다.", "DEU", "SRB"),
    ("캐나다 총리는 지난달 교전이 계속되면 페루와 무역 협상을 진행하지 않겠다고 압박한 바 있다.", "CAN", "PER"),  # recalled
])
def test_withheld_cooperation_threatens_relations(text, actor, recipient):
    found = threats(text)
    assert ("relations", [actor], [recipient]) in found
    assert not [e for e in events(text) if e.type == "REQUEST"]


@pytest.mark.parametrize("text", [
    "태국과 캄보디아 군이 24일 국경에서 교전했다. 브라질 대통령은 양국 정상과 통화하며 교전이 계속되면 무역 협상을 진행하지 "
    "않겠다고 압박했다.",
    "태국과 캄보디아 군이 24일 국경에서 교전했다. 브라질 대통령은 \"충돌이 계속되면 어느 나라와도 무역 협정을 맺지 않겠다\"고 "
    "경고했다.",
])
def test_withheld_cooperation_warns_the_sides_of_the_conflict(text):
    """The condition names no side ('교전이', '어느 나라와도'): the sides of the conflict just told are warned."""
    assert ("relations", ["BRA"], ["KHM", "THA"]) in threats(text)


@pytest.mark.parametrize("text", [
    "캐나다 총리는 페루에 무역 협상을 서두르라고 압박했다.",  # a demand: nothing of the speaker's own refused
    "캐나다 총리는 페루와 무역 협상을 하지 않겠다고 밝혔다.",  # a refusal stated, no warning
])
def test_no_withheld_threat(text):
    assert not [m for m, _a, _r in threats(text) if m == "relations"]


@pytest.mark.parametrize("text, actor, recipient", [
    ("미국 대통령은 멕시코가 국경을 닫지 않으면 관세를 부과하겠다고 위협했다.", "USA", "MEX"),
    ("중국 상무부는 호주가 조사를 철회하지 않으면 호주산 와인에 관세를 부과하겠다고 밝혔다.", "CHN", "AUS"),
])
def test_threatened_tariff_restricts(text, actor, recipient):
    assert ("restrict", [actor], [recipient]) in threats(text)
