"""(enfollow66) A fronted phrase of circumstance closed by a comma ('In the face of criticism from X,', 'Under pressure
from X,', 'In response to X's move,'): the side it names is no subject of the main verb (lexicon fronted_clause_re,
read by clauses.in_fronted_clause). Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events
from tests.conftest import countries


def actors(sentence: str, kind: str) -> list[set[str]]:
    return [countries(e.participants) - countries(e.recipients) for e in events(sentence) if e.type == kind]


@pytest.mark.parametrize("sentence", [
    "In the face of criticism from Uruguay, Paraguay withdrew the tax plan.",
    "Under pressure from Uruguay, Paraguay withdrew the tax plan.",
    "Under mounting pressure from Uruguay, Paraguay withdrew its troops from the border.",
    "In response to pressure from Uruguay, Paraguay withdrew the tax plan.",
    "페루의 압박 속에 파라과이는 병력을 철수했다.",
])
def test_the_fronted_side_does_not_act(sentence):
    assert actors(sentence, "RETREAT") == [{"PRY"}]


@pytest.mark.parametrize("sentence, acting", [
    ("Uruguay and Paraguay withdrew their troops from the border.", {"URY", "PRY"}),  # both subjects
    ("In Asuncion, Uruguay and Paraguay withdrew their troops from the border.", {"URY", "PRY"}),  # a place, no side
])
def test_subjects_after_a_plain_opening_act(sentence, acting):
    assert actors(sentence, "RETREAT") == [acting]
