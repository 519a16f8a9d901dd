"""meet51b (issue 13): a restrictive 'who' clause whose verb is an irregular past, a perfect or a perfect progressive
is cut and its act is its head's, as one in -ed is.

- 'met a Kenyan envoy who has sought talks with Somalia' gave one meeting of the meeter's state, Kenya and Somalia and
  a REQUEST of both: the clause reader (lexicon en `clause_bounds.relative_re`) and the act's antecedent reader
  (lang/en/act_antecedents.restrictive_antecedent, relative_past) took only a verb in -ed. They now also take an
  irregular past (`verb_chain.irregular_past`: 'sought', 'held'), and after has/have/had a participle in -en or an
  -ing ('has spoken', 'has been pressing').
- Guard: a head that is the sentence's subject, with its own main verb after the clause, is not cut.
Every sentence is our own (real states and people, invented occasions).
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def sides(text: str, kind: str) -> list[set[str]]:
    return [{p.country for p in e.participants} for e in events(text) if e.type == kind]


@pytest.mark.parametrize("text", [
    "Lula met a Ghanaian envoy who has sought talks with Togo on Tuesday.",
    "Lula met Ghanaian diplomats who sought talks with Togo on Tuesday.",
    "Lula met a Ghanaian envoy who has been pressing for talks with Togo on Tuesday.",
])
def test_the_clause_is_cut_and_its_call_is_the_heads(text):
    assert sides(text, "CONSULT") == [{"BRA", "GHA"}], sides(text, "CONSULT")
    assert sides(text, "REQUEST") == [{"GHA"}], sides(text, "REQUEST")


def test_an_unknown_envoys_call_names_no_meeter():
    text = "Lula met an envoy who has sought talks with Togo on Tuesday."
    assert all("TGO" not in s for s in sides(text, "CONSULT")) and all("BRA" not in s for s in sides(text, "REQUEST"))
