"""(enrelative70) A government noun as the subject of a relative clause on the judged object ('the pact the
government signed with Colombia') is the actor's own government, as 'condemned the government' reads it: a domestic
act, the relative clause's partner no side (pipeline/act_own_government.own_government_object skips the spans the
language barred, lang/en/act_relative_partners; Korean '[정부가 콜롬비아와 맺은] 협정을 비판했다' the same). The
clause's partner is no side after a target preposition either ('protested against the pact ... with Colombia').
Negative rows: a named state as the clause's subject receives, a named foreign government receives, the object's own
partner with no relative clause receives. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, kind", [
    ("The Ecuadorian opposition condemned the pact the government signed with Colombia.", "ACCUSE"),
    ("The Ecuadorian opposition rejected the accord that the government signed with Colombia.", "REJECT"),
    ("에콰도르 야당은 정부가 콜롬비아와 맺은 협정을 비판했다.", "ACCUSE"),
])
def test_relative_clause_government_is_the_actors_own(text, kind):
    found = sides(text, kind)
    assert found and found[0] == (["ECU"], ["ECU"]), events(text)


def test_relative_clause_partner_is_no_target_after_a_preposition():
    text = "Ecuadorian farmers protested against the pact the government signed with Colombia."
    found = sides(text, "PROTEST")
    assert found and "COL" not in found[0][1], events(text)


@pytest.mark.parametrize("text, kind, receiver", [
    ("The Ecuadorian opposition condemned the pact Peru signed with Colombia.", "ACCUSE", "PER"),
    ("The Ecuadorian opposition condemned the Colombian government.", "ACCUSE", "COL"),
    ("Ecuadorian farmers protested against the pact with Colombia.", "PROTEST", "COL"),
])
def test_named_state_outside_the_clause_partner_receives(text, kind, receiver):
    found = sides(text, kind)
    assert found and found[0][1] == [receiver], events(text)
