"""A deed counted in its series inside a clause of history is no event of the report's day (modal46;
lang/en/act_series_history), with sentences of our own: 'after X's second missile test', 'since its third nuclear
test'. The same deed told as done, or with a day of its own, stays.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text", [
    "The monitoring group was set up in 2012 after Iran's second ballistic missile test.",
    "Japan protested the drills, a month after Pakistan's fourth nuclear test since 1998.",
    "The embargo has stood since India's 3rd missile test.",
])
def test_counted_background_deed_is_history(text):
    assert_act(read(text), "MOBILIZE", set(), None, None)


@pytest.mark.parametrize("text, actor", [
    ("Pakistan conducted its fourth nuclear test on Thursday.", "PAK"),
    ("Iran carried out a missile test on Thursday, its second this year.", "IRN"),
])
def test_deed_told_as_done_stays(text, actor):
    assert_act(read(text), "MOBILIZE", {actor}, None, "occurred")
