"""enmeet50 (issue 13): a restrictive 'who' clause after a plural people noun, its verb a perfect or a past in -ed, is
an embedded clause (lexicon `clause_bounds.relative_re`; lang/en/clause_spans.relative_spans): its 'with' party is
the relative's. A 'who' clause of any other verb, or after a singular noun, is left as it was. Our own sentences."""
from __future__ import annotations

import pytest

from readout.lang.en.clause_spans import relative_spans


@pytest.mark.parametrize("text, opener", [
    ("Uruguay's president met Paraguayan officials who have pressed for talks with Brazil.", " who"),
    ("Uruguay's president met Paraguayan diplomats who pressed for talks with Brazil.", " who"),
    ("Uruguay's president met a Paraguayan envoy, who pressed for talks with Brazil, in Salto.", ", who"),
    ("Uruguay's president met the envoy who pressed for talks with Brazil.", " who"),  # meet51: a singular people noun
])
def test_relative_spans(text, opener):
    assert (text.index(opener), ) == tuple(a for a, _ in relative_spans(text) if a == text.index(opener))


@pytest.mark.parametrize("text", [
    "Uruguay's president met Paraguayan officials who will travel to Brazil.",
    "Uruguay's president met the man who pressed for talks with Brazil.",  # meet51: no people noun of the list
])
def test_no_restrictive_span(text):
    assert relative_spans(text) == []


@pytest.mark.parametrize("text, clause", [  # meet52: rows of test_no_restrictive_span before, now cut at the main verb
    ("The envoy who visited Salto urged talks with Brazil.", " who visited Salto"),  # meet51: a second past
    ("The envoys who visited Salto urged talks with Brazil.", " who visited Salto"),  # meet51: the plural head too
    ("Diplomats who met in Salto said talks would resume.", " who met in Salto"),
])
def test_a_subject_heads_clause_ends_before_the_main_verb(text, clause):
    start = text.index(clause)
    assert (start, start + len(clause)) in relative_spans(text), relative_spans(text)
