"""(window72) A noun act of stopping inside a verb's object window ('announced the halt of budget aid to X'): the
verb's object is that act, so an entry whose object noun lies past it ('announce' + 'aid': AGREE) does not fire, and
the aid the stopping noun governs through 'of' is no act of giving (no AID). 'suspension of' has its own noun entry
(SANCTION discontinue). The Korean twin ('... 원조 중단을 발표했다') reads the stopping noun as the act already.
Negatives: a delivery or plain aid announced keeps its reading. Every sentence here is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries

DAY = date(2025, 5, 6)


def types_of(text: str) -> set[str]:
    return {e.type for e in extract_text(text, published=DAY).events}


@pytest.mark.parametrize("sentence", [
    "Ecuador announced the halt of its budget aid to Bolivia on Tuesday.",
    "Ecuador announced a freeze of all farm aid to Bolivia.",
    "Uruguay announced the cancellation of flood aid to Paraguay this week.",
    "Ecuador announced the suspension of its budget aid to Bolivia on Tuesday.",
    "에콰도르는 화요일 볼리비아에 대한 예산 원조 중단을 발표했다.",
])
def test_a_stopped_aid_is_no_aid_and_no_agreement(sentence):
    found = types_of(sentence)
    assert "AGREE" not in found and "AID" not in found, found


@pytest.mark.parametrize("sentence", [
    "Ecuador announced the suspension of its budget aid to Bolivia on Tuesday.",
    "에콰도르는 화요일 볼리비아에 대한 예산 원조 중단을 발표했다.",
])
def test_a_suspension_announced_is_the_sanction(sentence):
    (e,) = [e for e in extract_text(sentence, published=DAY).events if e.type == "SANCTION"]
    assert countries(e.recipients) == {"BOL"}


@pytest.mark.parametrize("sentence, kind", [
    ("Uruguay announced flood aid to Paraguay this week.", "AGREE"),  # negative: plain aid announced
    ("Uruguay announced the delivery of flood aid to Paraguay this week.", "AGREE"),  # negative: no stopping noun
    ("Uruguay sent flood aid to Paraguay this week.", "AID"),
    ("우루과이는 이번 주 파라과이에 대한 홍수 원조 제공을 발표했다.", "AID"),
])
def test_aid_with_no_stopping_noun_keeps_its_reading(sentence, kind):
    assert kind in types_of(sentence)
