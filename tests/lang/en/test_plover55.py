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


def legal(extract, text: str) -> list[bool]:
    return [("legal" in e.contexts) for e in extract(text).events if e.type == "ACCUSE"]


@pytest.mark.parametrize("text, formal", [  # plover55: the Korean twins in tests/lang/ko/test_plover55.py
    ("Kenyan prosecutors charged a Ugandan reporter with espionage.", True),
    ("Kenya's prosecutors charged a Ugandan reporter with spying for Tanzania.", True),
    ("A Ugandan reporter was charged with espionage in Kenya.", True),
    ("Kenya charged that Uganda had armed the rebels.", False),  # guard: an allegation, no case brought
    ("Kenya accused Uganda of arming the rebels.", False),  # guard
])
def test_a_charge_with_its_crime_is_legal(extract, text, formal):
    found = legal(extract, text)
    assert found and all(f == formal for f in found), found
