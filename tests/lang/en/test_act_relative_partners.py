"""(enrelative68) A state named inside a relative clause with a subject of its own, on the act's object, is that
clause's and no side of the act (lang/en/act_relative_partners, as lang/ko/act_relative_partners): 'condemned the
pact (that) the party signed with B' judges the pact's maker, not B. Negative rows: the object's own 'with B' (no
relative clause), a pronoun subject (the act's own subject made it: B is reached), a reported clause whose verb has
an object of its own. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, kind, receivers", [
    ("Chile condemned the fishing pact the ruling party signed with Peru on Monday.", "ACCUSE", []),
    ("Chile condemned the fishing pact that the ruling party signed with Peru.", "ACCUSE", []),
    ("Chile denounced the fishing pact which Bolivia signed with Peru.", "ACCUSE", ["BOL"]),
    ("Chile denounced the fishing pact Bolivia quietly signed with Peru.", "ACCUSE", ["BOL"]),
    ("Chile criticised the fence the army built along the border with Peru.", "ACCUSE", []),
    ("Chile condemned the tariffs the European Union imposed on Peru.", "ACCUSE", ["EUR"]),
])
def test_relative_clause_partner_is_no_side(text, kind, receivers):
    found = sides(text, kind)
    assert found and "PER" not in found[0][0] + found[0][1] and sorted(found[0][1]) == receivers, events(text)


@pytest.mark.parametrize("text, kind, receiver", [
    ("Chile condemned the fishing pact with Peru on Monday.", "ACCUSE", "PER"),  # the object's own partner
    ("Chile condemned the fishing pact it signed with Peru.", "ACCUSE", "PER"),  # a pronoun: the act's own subject
    ("Chile condemned Peru over the fishing pact the two navies signed.", "ACCUSE", "PER"),  # named before the clause
])
def test_partner_outside_a_relative_clause_stays(text, kind, receiver):
    found = sides(text, kind)
    assert found and receiver in found[0][1], events(text)
