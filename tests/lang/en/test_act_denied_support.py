"""Support or aid denied with a light verb before its noun is no act (support60; en.yaml denied_deed_before_re), with
sentences of our own: 'denied giving military support to X', 'denied providing any aid to X'. The same support
given, not denied, stays.
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
    "Chad has long denied giving military support to the rebels in the north.",
    "Eritrea on Monday denied lending political support to the armed group.",
])
def test_denied_support_is_no_act(text):
    assert_act(read(text), "SUPPORT", set(), None, None)


def test_support_given_stays():
    assert_act(read("Chad on Monday voiced political support for Niger's transition plan."), "SUPPORT", {"TCD"}, None,
               "occurred")
