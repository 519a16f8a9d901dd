"""dates59: a relative clause on the noun a date owns ("Tuesday's attempted coup, in which rebels stormed the
palace", 'the June 2 raid, during which police detained ...') tells the deeds of that occasion: they take its day,
which dates no other act of the sentence (lang/en/date_occasions.noun_clause, pipeline/noun_dates)."""
from __future__ import annotations

import pytest

from readout.api import extract_text

PUB = "2026-06-12"  # a Friday


def dated(text: str, kind: str) -> list[str]:
    return sorted(str(e.date) for e in extract_text(text, published=PUB).events if e.type == kind)


@pytest.mark.parametrize("text, kind, expected", [
    ("Kenya and Tanzania condemned Tuesday's attempted coup in Malawi, in which rebel soldiers stormed the "
     "presidential palace before surrendering.", "ASSAULT", ["2026-06-09"]),
    ("Kenya condemned the June 2 raid on its embassy in Kampala, during which Ugandan police detained two Kenyan "
     "diplomats.", "COERCE", ["2026-06-02"]),
    # the judging statement keeps its own day
    ("Kenya condemned the June 2 raid on its embassy in Kampala, during which Ugandan police detained two Kenyan "
     "diplomats.", "ACCUSE", ["2026-06-12"]),
    # negative: an act outside the clause is not the occasion's ('and ... on Thursday')
    ("Kenya condemned Tuesday's raid on its embassy in Kampala and Uganda detained two Kenyan diplomats on Thursday.",
     "COERCE", ["2026-06-11"]),
])
def test_a_deed_told_in_a_clause_on_a_dated_noun_takes_its_day(text, kind, expected):
    assert dated(text, kind) == expected
