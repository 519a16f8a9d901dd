"""(koacts60, issue 13) A brokered truce told in apposition, in both languages.

1. Made: 'A와 B는 C가 중재한 휴전에 합의했다', 'A와 B 간 휴전이 C의 중재로 성사됐다' (ko_acts.yaml 휴전 + 성사되다),
   'A and B agreed to a truce brokered by C', 'The truce between A and B was reached through C's mediation': the
   pair's AGREE, the go-between no party.
2. Broken: 'C가 중재한 A와 B 간 휴전이 깨졌다', 'The truce between A and B, brokered by C, collapsed', 'A C-brokered
   truce between A and B collapsed': the sentence tells the truce's end; no meeting of the go-between that day and no
   AGREE (lang/en/act_brokered_accords.accord_broke, meeting_manner_mediators.broken_between). A truce brokered by C
   that held ('took hold') stays a mediation and an accord (plover58b, acts59).
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import event_sides

DAY = date(2026, 3, 4)


@pytest.mark.parametrize("text", [
    "가나와 토고는 나이지리아가 중재한 휴전에 합의했다.",
    "가나와 토고 간 휴전이 나이지리아의 중재로 성사됐다.",
    "Ghana and Togo agreed to a truce brokered by Nigeria.",
    "The truce between Ghana and Togo was reached through Nigerian mediation.",
])
def test_brokered_truce_made_is_the_pairs_agreement(text):
    agreed = [s for s in event_sides(text, DAY) if s[0] == "AGREE"]
    assert agreed and all(s[1] == frozenset({"GHA", "TGO"}) for s in agreed), event_sides(text, DAY)


@pytest.mark.parametrize("text", [
    "나이지리아가 중재한 가나와 토고 간 휴전이 깨졌다.",
    "나이지리아가 중재한 가나와 토고 간 휴전이 3일 붕괴됐다.",
    "The truce between Ghana and Togo, brokered by Nigeria, collapsed on Tuesday.",
    "A Nigeria-brokered truce between Ghana and Togo collapsed on Tuesday.",
    "A truce brokered by Nigeria between Ghana and Togo has since collapsed.",
    "The ceasefire between Ghana and Togo, mediated by Nigeria, was violated on Tuesday.",
])
def test_broken_truce_is_no_meeting_nor_agreement(text):
    found = {s[0] for s in event_sides(text, DAY)}
    assert not found & {"AGREE", "CONSULT"}, event_sides(text, DAY)


@pytest.mark.parametrize("text", [
    "A truce brokered by Nigeria between Ghana and Togo took hold on Tuesday.",
    "Nigeria brokered a truce between Ghana and Togo, which collapsed a week later.",
])
def test_truce_that_held_or_active_brokering_keeps_the_mediation(text):
    assert "CONSULT" in {s[0] for s in event_sides(text, DAY)}, event_sides(text, DAY)
