"""(enrelative70) An act told inside a relative clause with a subject of its own is that subject's, on the head noun
the outer verb takes as its object (lang/en/act_inner_relatives; Korean: the adnominal clause's own subject,
lang/ko/act_relatives): 'Uruguay condemned the tariffs (that) the European Union imposed on Paraguay' is the EU's
SANCTION on Paraguay and Uruguay's ACCUSE of the EU; 'condemned the shells Brazil fired at Paraguay' is Brazil's
ASSAULT, not Uruguay's. Negative rows: a pronoun subject (the outer subject's own act), a noun act with no relative
clause, a noun act whose agent follows 'by'. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, kind, actors, receivers", [
    ("Uruguay condemned the tariffs the European Union imposed on Paraguay last week.", "SANCTION", ["EUR"], ["PRY"]),
    ("Uruguay condemned the tariffs that the European Union imposed on Paraguay.", "SANCTION", ["EUR"], ["PRY"]),
    ("Uruguay criticised the sanctions which Brazil had imposed on Paraguay.", "SANCTION", ["BRA"], ["PRY"]),
    ("The tariffs the European Union imposed on Paraguay angered Uruguay.", "SANCTION", ["EUR"], ["PRY"]),
    ("Uruguay condemned the shells Brazil fired at Paraguay on Sunday.", "ASSAULT", ["BRA"], ["PRY"]),
    ("Uruguay condemned the shells that Brazil fired at Paraguay.", "ASSAULT", ["BRA"], ["PRY"]),
    ("Uruguay condemned the tariffs the European Union imposed on Paraguay last week.", "ACCUSE", ["URY"], ["EUR"]),
    ("우루과이는 브라질이 파라과이에 발사한 포탄을 규탄했다.", "ASSAULT", ["BRA"], ["PRY"]),
    ("우루과이는 브라질이 파라과이에 발사한 포탄을 규탄했다.", "ACCUSE", ["URY"], ["BRA"]),
])
def test_relative_clause_act_is_its_own_subjects(text, kind, actors, receivers):
    found = sides(text, kind)
    assert found and sorted(found[0][0]) == actors and sorted(found[0][1]) == receivers, events(text)


@pytest.mark.parametrize("text, kind, actor, receiver", [
    ("Brazil defended the tariffs it imposed on Paraguay last year.", "SANCTION", "BRA", "PRY"),  # a pronoun subject
    ("Brazil imposed the tariffs on Paraguay on Monday.", "SANCTION", "BRA", "PRY"),  # no relative clause
    ("Uruguay condemned the tariffs imposed on Paraguay by Brazil.", "SANCTION", "BRA", "PRY"),  # the agent after 'by'
    ("Uruguay said Brazil fired shells at Paraguay on Sunday.", "ASSAULT", "BRA", "PRY"),  # a reported clause
])
def test_act_outside_a_relative_clause_keeps_its_subject(text, kind, actor, receiver):
    found = sides(text, kind)
    assert found and found[0][0] == [actor] and receiver in found[0][1], events(text)


def test_coordinated_subject_is_no_relative_clause():
    """'the Ugandan army and Kenya have agreed': the words before 'Kenya' end with 'and', no head noun; both agree."""
    text = "On Friday the Ugandan army and Kenya have agreed to reopen the border."
    found = sides(text, "AGREE")
    assert found and {"UGA", "KEN"} <= set(found[0][0] + found[0][1]), events(text)
