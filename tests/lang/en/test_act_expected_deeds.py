"""A deed another side is expected to do is that side's plan, not the expecter's (modal46; lang/en/act_expected_deeds),
with sentences of our own: 'X expects B to send troops' names B alone as the sender, the act a plan; 'X expects to
send troops' stays X's own.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries

DAY = date(2026, 6, 9)


@pytest.mark.parametrize("text, type_, doer, expecter", [
    ("Lithuania expects the United States to send more troops to the Baltic region.", "MOBILIZE", "USA", "LTU"),
    ("Moldova anticipates France to supply air defence systems to its army.", "AID", "FRA", "MDA"),
    ("Latvia expects Poland and Germany to send troops to its eastern border.", "MOBILIZE", "POL", "LVA"),
])
def test_expected_deed_is_the_expected_sides_plan(text, type_, doer, expecter):
    found = [e for e in extract_text(text, published=DAY).events if e.type == type_]
    assert found and doer in countries(found[0].participants), found
    assert expecter not in countries(found[0].participants)
    assert found[0].status == "planned"


def test_own_expected_deed_stays():
    found = [e for e in extract_text("Estonia expects to send more troops to its eastern border.", published=DAY).events
             if e.type == "MOBILIZE"]
    assert found and countries(found[0].participants) == {"EST"}
