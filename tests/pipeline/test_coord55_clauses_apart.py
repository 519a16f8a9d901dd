"""(coord55, issue 13) pipeline/acts.clauses_apart: a deed of the type already found is a second act when its word
stands in a clause of its own (the Language's clause, which does not hold the first one's word) and no doer is shared
(acts56b: a shared receiver no longer joins them); the whole pipeline keeps both in English and Korean alike. Every sentence is ours."""
from __future__ import annotations

from datetime import date

import pytest

from readout.model import Entity, Event
from readout.pipeline.acts import clauses_apart
from tests.conftest import event_sides


def state(code: str) -> Entity:
    return Entity(kind="country", id=f"cty_{code.lower()}", name=code, country=code)


def deed(actors: list[str], recipients: list[str], at: int = 5) -> Event:
    return Event("ASSAULT", None, "occurred", [state(c) for c in actors], [state(c) for c in recipients],
                 trigger_at=at)


@pytest.mark.parametrize("first, second, clause, apart", [
    (deed(["PER"], ["CHL"]), deed(["BOL"], ["ECU"]), (30, 60), True),  # two sides, two clauses
    (deed(["PER"], ["CHL"]), deed(["CHL"], ["PER"]), (30, 60), True),  # the blow back
    (deed(["PER"], ["CHL"]), deed(["BOL"], ["ECU"]), (0, 60), False),  # one clause holds both words
    (deed(["PER"], ["CHL"]), deed(["PER"], ["ECU"]), (30, 60), False),  # a doer shared: the same raid told on
    (deed(["PER"], ["CHL"]), deed(["BOL"], ["CHL"]), (30, 60), True),  # acts56b: a receiver shared, two doers
    (deed(["PER"], ["CHL"]), deed(["BOL"], []), (30, 60), False),  # no receiver read: nothing to tell it apart
    (deed(["PER"], ["CHL"], at=None), deed(["BOL"], ["ECU"]), (30, 60), False),  # no word to place
])
def test_clauses_apart(first, second, clause, apart):
    assert clauses_apart(first, second, clause) is apart


@pytest.mark.parametrize("text", [
    "Peruvian troops shelled a Chilean post while Bolivian troops attacked an Ecuadorian town.",
    "페루군은 칠레 초소를 포격했으며 볼리비아군은 에콰도르 마을을 공격했다.",
])
def test_two_clauses_keep_two_deeds_in_both_languages(text):
    found = {row for row in event_sides(text, date(2025, 3, 4)) if row[0] == "ASSAULT"}
    assert found == {("ASSAULT", frozenset({"PER"}), frozenset({"CHL"})),
                     ("ASSAULT", frozenset({"BOL"}), frozenset({"ECU"}))}
