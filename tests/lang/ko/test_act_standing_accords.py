"""stance52: an accord a state holds, told with '맺다' in the progressive ('B와 ... 협정을 맺고 있다'), is a standing
tie, not an agreement made on the story's day: no AGREE (lang/ko/act_standing_accords.py, cue standing_accord_verb).
Sentences of our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text", [
    "부탄은 방글라데시와 국경을 자유롭게 오갈 수 있는 협정을 맺고 있다.",
    "부탄은 방글라데시와 자유무역협정을 맺고 있어 교역이 활발하다.",
    "칠레는 페루와 어업 협정을 맺고 있지만 분쟁은 계속됐다.",
])
def test_accord_held_is_no_agreement(text):
    assert_act(read(text), "AGREE", set(), None, None)


def test_accord_concluded_stays():
    assert_act(read("부탄은 방글라데시와 자유무역협정을 맺었다."), "AGREE", {"BTN", "BGD"}, None, "occurred")
