"""(ensubj46) A noun act heading a relative clause after a comma and 'which' is read as one with no comma
(act_inner_relatives.clause_after): ', which the bloc imposed on X' makes the bloc its doer and X its target; ', which
the bloc said were fair' or ', which X called unfair' reports on it, and names no doer. Korean has no comma relative:
'[유럽연합이 칠레에 부과한] 제재' reads the doer already."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text, actors, targets", [
    ("Uruguay faulted the sanctions, which the EU imposed on Chile last month.", ["EUR"], ["CHL"]),
    ("Uruguay faulted the tariffs, which Brazil imposed on Paraguay in March.", ["BRA"], ["PRY"]),
    ("우루과이는 유럽연합이 칠레에 부과한 제재를 비판했다.", ["EUR"], ["CHL"]),
])
def test_a_comma_relative_names_the_noun_acts_doer(text, actors, targets):
    assert (actors, targets) in sides(text, "SANCTION"), sides(text, "SANCTION")


# negative rows: a clause of saying or naming reports on the act and names no doer
@pytest.mark.parametrize("text", [
    "Uruguay faulted the sanctions, which the EU said were fair.",
    "Uruguay faulted the tariffs, which Brazil called temporary.",
    "Uruguay faulted the tariffs Brazil described as temporary.",
])
def test_a_comma_relative_of_saying_names_no_doer(text):
    assert sides(text, "SANCTION") == [], sides(text, "SANCTION")
