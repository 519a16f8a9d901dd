"""(ensubj46) A noun act heading a relative clause of saying ('the levies the bloc said were fair'): the clause's
subject reports on the act, with no doer or target of the act named, as the bare noun ('Peru criticized the levies')
reads none; Korean '[유럽연합이 정당하다고 밝힌] 제재' reads no SANCTION either."""
from __future__ import annotations

import pytest

from tests.event_sides import sides

REPORTED_NOUNS = [
    "Ecuador criticized the sanctions the EU said were fair.",
    "Ecuador welcomed the tariffs that Brazil claimed were temporary.",
    "Uruguay assailed the sanctions the African Union stated were lawful.",
    "유럽연합이 정당하다고 밝힌 제재를 에콰도르가 비판했다.",
]


@pytest.mark.parametrize("text", REPORTED_NOUNS)
def test_a_noun_act_only_reported_on_in_its_relative_clause_is_no_act(text):
    assert sides(text, "SANCTION") == [], sides(text, "SANCTION")


# negative rows: a clause with a verb of doing makes its subject the act's doer (enrelative70), and a noun act
# with its owner named keeps its owner as doer
DONE_NOUNS = [
    ("Ecuador criticized the sanctions the EU imposed on Chile.", ["EUR"], ["CHL"]),
    ("에콰도르는 유럽연합이 칠레에 부과한 제재를 비판했다.", ["EUR"], ["CHL"]),
]


@pytest.mark.parametrize("text, actors, targets", DONE_NOUNS)
def test_a_noun_act_done_in_its_relative_clause_stays_the_clause_subjects(text, actors, targets):
    assert (actors, targets) in sides(text, "SANCTION"), sides(text, "SANCTION")


def test_an_owned_noun_act_keeps_its_owner_past_a_clause_of_saying():
    found = sides("Ecuador criticized Chile's sanctions the EU said were fair.", "SANCTION")
    assert found and found[0][0] == ["CHL"], found
