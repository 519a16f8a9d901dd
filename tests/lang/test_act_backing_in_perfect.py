"""ensupport68 (issue 13): backing an armed group told in the perfect over a stretch of time ('Togo has armed the
rebels for years', 'has long funded the militia') is AID by the backer: the arms or money are given still, unlike a
habit told as background ('has condemned X for years', lang/en/act_background.habitual), which stays no act. Arming a
state's own forces in the perfect stays background. Korean '반군을 수년간 무장시켜 왔다' is no tally of acts either
(lang/ko/reading_acts), and a drill told over years stays one.
Our own sentences, both languages in one table."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 3, 12)

BACKING = [
    "Togo has armed the rebels in northern Ghana for years.",  # enclaims68: with a trailing speaker, a charge
    "Togo has long funded the militia.",
    "토고는 반군을 수년간 무장시켜 왔다.",
    "토고는 반군에 수년간 자금을 지원해 왔다.",
]

# (sentence, the type that must not be read)
BACKGROUND = [
    ("Togo has armed its own army for years.", "AID"),
    ("Togo has condemned the rebels for years.", "ACCUSE"),
    ("토고는 수년간 여러 차례 군사훈련을 벌여 왔다.", "MOBILIZE"),
]


@pytest.mark.parametrize("text", BACKING)
def test_backing_in_perfect_is_aid(text):
    assert_act(extract_text(text, published=DAY).events, "AID", {"TGO"}, None, "occurred")


@pytest.mark.parametrize(("text", "kind"), BACKGROUND)
def test_habit_in_perfect_stays_background(text, kind):
    assert_act(extract_text(text, published=DAY).events, kind, set(), None, None)
