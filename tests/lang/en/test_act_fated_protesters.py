"""Protesters named by what befell them (threat54), with sentences of our own.

A protest noun naming people after the 'of' of a noun of fate ('the deaths of dozens of protesters', 'the trial of
demonstrators', 'families of protesters') names the people something befell, no protest on the story's day (cue
protester_fate_nouns). A count or a gathering before the 'of' ('thousands of protesters', 'a crowd of
demonstrators') keeps the protest.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 2, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text", [
    "Rights groups in Ecuador condemned the pardon, saying it would shield soldiers from prosecution for the deaths "
    "of dozens of protesters last year.",
    "Ecuador's ombudsman on Monday called for justice for the families of protesters.",
    "The Peruvian president met the relatives of demonstrators in Lima on Monday.",
])
def test_protesters_something_befell_hold_no_protest(text):
    assert not [e for e in read(text) if e.type == "PROTEST"], read(text)


@pytest.mark.parametrize("text", [
    "Thousands of protesters marched in Lima on Monday against the fuel subsidy cuts.",
    "A crowd of demonstrators gathered outside the Peruvian parliament in Lima on Monday.",
    "Tens of thousands of protesters rallied in Lima on Monday.",
])
def test_counted_or_gathered_protesters_still_protest(text):
    assert any(e.type == "PROTEST" for e in read(text)), read(text)
