"""stance52: a law signed that voids an accord ('B와 맺은 협정을 무효화하는 법률에 서명했다') is the signer's REJECT of the
accord, received by its other party, not the signing of an accord (lang/ko/act_voiding_laws.py, cues signing_verb,
enacting_noun, voiding_verb), as English reads 'signed a law nullifying the deal with B'. Sentences of our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text, signer, partner", [
    ("볼리비아 대통령은 브라질과 맺은 협정을 무효화하는 법률에 서명했다.", "BOL", "BRA"),
    ("에콰도르 대통령은 12일 페루와의 가스 협정을 무효로 하는 법안에 서명했다.", "ECU", "PER"),
    ("볼리비아 대통령은 브라질과의 협정을 파기하는 행정명령에 서명했다.", "BOL", "BRA"),
    ("파라과이 대통령은 지난달 아르헨티나와 체결한 조약을 폐기하는 법령에 서명했다.", "PRY", "ARG"),
])
def test_voiding_law_signed_is_a_rejection(text, signer, partner):
    events = read(text)
    assert_act(events, "REJECT", {signer}, {partner}, "occurred")
    assert_act(events, "AGREE", set(), None, None)


@pytest.mark.parametrize("text, signer", [
    ("볼리비아 대통령은 브라질과의 무역 협정에 서명했다.", "BOL"),
    ("볼리비아 대통령은 브라질과 항만 협정을 폐기하는 법률과 투자 협정에 서명했다.", "BOL"),  # the accord is signed too
])
def test_accord_signed_stays_an_agreement(text, signer):
    events = read(text)
    assert_act(events, "AGREE", {signer}, None, "occurred")
    assert_act(events, "REJECT", set(), None, None)
