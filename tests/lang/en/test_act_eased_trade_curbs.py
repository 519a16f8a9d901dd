"""shelve53: trade curbs on another state lifted or eased are an economic sanction eased (CAMEO 085), which the
crosswalk codes RETREAT as it codes 'lifted sanctions'; administrative curbs (a curfew, border restrictions) stay
CONCEDE (CAMEO 081)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text, actor, target", [
    ("Japan lifted export restrictions on South Korea.", "JPN", "KOR"),
    ("China eased export controls on Australia on Monday.", "CHN", "AUS"),
    ("Vietnam lifted trade restrictions on Cambodia after the talks.", "VNM", "KHM"),
])
def test_trade_curbs_lifted_are_a_retreat(text, actor, target):
    events = read(text)
    assert_act(events, "RETREAT", {actor}, {target}, "occurred")
    assert_act(events, "CONCEDE", set(), None, None)


@pytest.mark.parametrize("text", [
    "Peru eased the border restrictions on Chile.",
    "Chile lifted the travel ban on Bolivia.",
])
def test_administrative_curbs_lifted_stay_a_concession(text):
    events = read(text)
    assert_act(events, "CONCEDE", set(), None, "occurred")
    assert_act(events, "RETREAT", set(), None, None)
