"""(plover55, issue 15) The English twins of tests/lang/ko/test_plover55.py: an arrest or a charge for a deed told by a
gerund ('arrested C for collaborating with B') keeps its arrester and the one held; the ground names no side. Our own
sentences."""
from __future__ import annotations

import pytest


def sides(extract, text: str, kind: str) -> list[tuple[set, set]]:
    return [({p.country for p in e.participants}, {p.country for p in e.recipients})
            for e in extract(text).events if e.type == kind]


@pytest.mark.parametrize("text, kind, acting, receiving", [
    ("Kenyan police arrested a German missionary for collaborating with Uganda.", "COERCE", "KEN", "DEU"),
    ("Kenyan police arrested a German missionary for helping Uganda.", "COERCE", "KEN", "DEU"),
    ("A German missionary was arrested in Kenya for collaborating with Uganda.", "COERCE", "KEN", "DEU"),
    ("Kenyan prosecutors charged a German reporter with conspiring with Uganda.", "ACCUSE", "KEN", "DEU"),
    ("Kenyan police arrested a German missionary.", "COERCE", "KEN", "DEU"),  # guard: no charge told
])
def test_an_arrest_for_a_deed_keeps_its_sides(extract, text, kind, acting, receiving):
    found = sides(extract, text, kind)
    assert any(acting in a and receiving in r for a, r in found), found


@pytest.mark.parametrize("text", [  # guard: a clause of another head keeps its own subject
    "The Kenyan government condemned the rebels that Uganda supported.",
])
def test_a_relative_clause_of_another_head_keeps_its_subject(extract, text):
    found = sides(extract, text, "ACCUSE")
    assert all("UGA" not in a for a, _r in found), found
