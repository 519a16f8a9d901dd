"""enmeet50 (issue 13): 'one after another', 'one after the other' say how counterparts were met (one by one); they
open no clause of their own as a subordinator 'after' does (lexicon `clause_bounds.boundary_re`), so the split word
stays in the meeting word's clause (pipeline/states.one_visit_each). Our own sentences."""
from __future__ import annotations

import pytest

from readout.lang.en import clause_spans


@pytest.mark.parametrize("text", [
    "Uruguay met Paraguay and Ecuador one after another in Salto.",
    "Uruguay met Paraguay and Ecuador one after the other in Salto.",
])
def test_one_after_another_stays_in_the_clause(text):
    at = text.index("met")
    assert clause_spans.clause_bounds(text, at, at + 3)[1] == len(text)


@pytest.mark.parametrize("text", [
    "Uruguay met Paraguay after another round of talks failed.",
    "Uruguay met Paraguay after the talks in Salto.",
])
def test_a_subordinator_after_still_bounds_the_clause(text):
    at = text.index("met")
    assert clause_spans.clause_bounds(text, at, at + 3)[1] == text.index("after")
