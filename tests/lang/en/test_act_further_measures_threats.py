"""Unspecified further measures threatened (measures35), with sentences of our own.

1. Taking or directing further (additional) measures, action or steps, said of the future after another side's deed
   ('stood ready to take further measures', 'warned it would take additional measures'), threatens that side
   (PLOVER THREATEN: "threaten with ... sanctions or other measures"; CAMEO 130; en_acts_additions take/direct +
   further measures). Korean already reads '추가 조치를 취하겠다고 경고했다' as a threat (guard row).
2. A negated hesitation affirms the act it governs ('will not hesitate to take further measures'): cue
   affirming_phrases; a plain negation still negates ('will not take further measures').
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 2, 9)
DEED = "Colombian troops raided a Venezuelan camp on Friday. "


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text", [
    DEED + "Venezuela said it stood ready to take further measures.",
    DEED + "Venezuela warned it would take additional measures.",
    DEED + "Venezuela said it would not hesitate to take further measures if needed.",
    DEED + "The Venezuelan president said he \"will not hesitate to direct further measures\" against Colombia.",
    "콜롬비아군이 5일 베네수엘라 캠프를 습격했다. 베네수엘라 정부는 추가 조치를 취하겠다고 경고했다.",
])
def test_further_measures_threaten_the_side_answered(text):
    found = [e for e in read(text) if e.type == "THREATEN"]
    assert any({p.country for p in e.participants} == {"VEN"} and {p.country for p in e.recipients} == {"COL"}
               for e in found), found


@pytest.mark.parametrize("text, type_, status", [
    (DEED + "Venezuela said it would not take further measures.", "THREATEN", None),
    ("The central bank said it would take further measures to curb inflation.", "THREATEN", None),
])
def test_plain_negation_or_no_side_answered_is_no_threat(text, type_, status):
    found = read(text)
    if status is None:
        assert not [e for e in found if e.type == type_], found
    else:
        assert any(e.type == type_ and e.status == status for e in found), found
