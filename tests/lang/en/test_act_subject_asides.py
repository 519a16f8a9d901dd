"""(relobj47) A non-restrictive relative clause between a subject and its verb is an aside: 'Mali said its troops,
which no radar detected, attacked a depot in Niger' — the troops attacked, and 'its' is Mali's; the aside's own words
(a negative subject included) name no side of the verb after it (lang/en/act_asides)."""
from __future__ import annotations

import pytest

from tests.event_sides import sides

ROWS = [
    ("Mali said its troops, which no radar detected, attacked a depot in Niger.", "ASSAULT", (["MLI"], ["NER"])),
    ("Ghana said its soldiers, who crossed at night, attacked a post in Togo.", "ASSAULT", (["GHA"], ["TGO"])),
    ("Peru said its police, who wore masks, arrested two Chilean activists.", "COERCE", (["PER"], ["CHL"])),
    # negative rows: the aside's own verb is its subject's deed on the noun described, not the noun's
    ("Mali said its troops, which Niger attacked, were safe.", "ASSAULT", (["NER"], [])),
]


@pytest.mark.parametrize("text,kind,expected", ROWS)
def test_subject_aside(text, kind, expected):
    found = sides(text, kind)
    assert found, found
    assert (sorted(found[0][0]), sorted(found[0][1])) == expected, found


def test_aside_needs_relative_pronoun():
    """Commas around a list are no aside: the listed names stay the verb's subject."""
    found = sides("Mali said its troops, Niger and Chad, attacked a depot.", "ASSAULT")
    assert found and "MLI" not in found[0][0], found


def test_unowned_subject_takes_no_side_from_the_aside():
    """The aside names the only state: the subject it describes is owned by no name outside it."""
    found = sides("The navy, which Peru's cabinet oversees, shelled a port in Chile.", "ASSAULT")
    assert all("PER" not in acting for acting, _ in found), found
