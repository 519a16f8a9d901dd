"""What one side will do under an accord already reached is that accord (dates40), end to end on our own sentences:
- 'Under Saturday's agreement, A will accept a B monitoring team', 'Under the deal, A will receive B's team': the
  AGREE its verb states took place when the accord was made, and the counterpart its object names is a party
  (lang/en/act_accord_terms.py, lexicon en `accord_terms_opening_re`);
- negative: 'A will accept a B team next month' with no accord named stays a plan of A's.
Korean '합의에 따라 A는 ...를 받아들이기로 했다' reads as decided (occurred) already; its counterpart in the object is not
yet a party (not done by this class).
"""
from __future__ import annotations

import pytest

from readout.api import extract_text

PUB = "2026-05-17"  # a Sunday


def agreements(text: str) -> set[tuple[str, str, str]]:
    return {(e.status, ",".join(sorted(p.country for p in e.participants)), str(e.date))
            for e in extract_text(text, published=PUB).events if e.type == "AGREE"}


@pytest.mark.parametrize("text, expected", [
    ("Under Saturday's agreement, Chile will accept a Peruvian monitoring team before the end of June.",
     ("occurred", "CHL,PER", "2026-05-16")),
    ("Under the deal, Chile will accept Peru's monitoring team.", ("occurred", "CHL,PER", "2026-05-17")),
])
def test_terms_of_an_accord_are_the_accord(text, expected):
    assert expected in agreements(text)


@pytest.mark.parametrize("text", [
    "Chile will accept a Peruvian monitoring team next month.",
])
def test_a_plan_with_no_accord_stays_a_plan(text):
    assert all(status == "planned" for status, _, _ in agreements(text))
