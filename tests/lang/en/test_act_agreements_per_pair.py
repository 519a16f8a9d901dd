"""English agreements with several partners, one per pair: sentences we wrote for the test.

Formerly tests/lang/test_en_acts35.py; classes first read as "The English twins of session 35's Korean act classes
(ko-acts35)" (docs/history.md)."""
from __future__ import annotations

from datetime import date

from readout.api import extract_text

PUB = date(2024, 5, 22)


def agreements(text: str) -> list[list[str]]:
    found = [e for e in extract_text(text, published=PUB).events if e.type == "AGREE"]
    return sorted(sorted(p.country for p in e.participants) for e in found)


# Agreements signed with each partner on its own ('separate accords with A and B', 'with A and B respectively'): one
# AGREE per pair (lang/en/act_separate.py; the Korean twin '칠레, 페루와 각각 협정을 체결'); one accord of the three
# otherwise.
def test_separate_agreements_are_one_per_pair():
    assert agreements("Norway signed separate fishing accords with Chile and Peru.") == [["CHL", "NOR"], ["NOR", "PER"]]
    assert agreements("Norway signed fishing accords with Chile and Peru respectively.") \
        == [["CHL", "NOR"], ["NOR", "PER"]]
    assert agreements("Norway signed a fishing accord with Chile and Peru.") == [["CHL", "NOR", "PER"]]
