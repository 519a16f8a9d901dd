"""A deed a speaker cannot confirm ('Norway cannot yet confirm the deployment of Belarusian troops', '벨라루스군
파병을 아직 확인할 수 없다') is no occurred act, and never the confirming side's; a deed confirmed is its owner's,
told as done. Every sentence here is our own.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries, events_of

DAY = date(2025, 6, 10)


@pytest.mark.parametrize("sentence", [
    "Finland said it cannot yet confirm the deployment of Belarusian troops.",
    "Finland has not confirmed the deployment of Belarusian troops.",
    "Finland was unable to verify the deployment of Belarusian troops.",
    "핀란드 정부는 벨라루스군 파병을 아직 확인할 수 없다고 밝혔다.",
])
def test_an_unconfirmed_deed_is_not_occurred(sentence):
    assert not [e for e in events_of(extract_text(sentence, published=DAY), "MOBILIZE") if e.status == "occurred"]


def test_a_confirmed_deed_is_its_owners():
    (e,) = events_of(extract_text("Finland confirmed the deployment of Belarusian troops.", published=DAY), "MOBILIZE")
    assert e.status == "occurred" and countries(e.participants) == {"BLR"}
