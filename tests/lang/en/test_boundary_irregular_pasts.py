"""(enrelative70) The clause boundary after a verb of claiming with a bare past ('Velmar claimed Ostria overran the
depot') reads its irregular pasts from the one list the verb chains read (en.yaml verb_chain.irregular_past, the
`{irregular_past}` slot of boundary_re, lang/en/clause_patterns.with_slots), not from a list of its own. Negative
rows: no past verb after the claim, a preposition in the words after it. Invented names."""
from __future__ import annotations

import pytest

from readout.kb.loader import lexicon
from readout.lang.en.clause_patterns import boundary_pattern, patterns
from readout.patterns import fold


def test_boundary_source_spells_no_irregular_past():
    source = lexicon("en")["clause"]["boundary_re"]
    assert "{irregular_past}" in source and "withdrew" not in source and "struck" not in source


@pytest.mark.parametrize("verb", ["overran", "wrote", "stole", "sank", "withdrew", "struck"])
def test_claim_before_an_irregular_past_ends_the_clause(verb):
    assert verb in lexicon("en")["clause"]["verb_chain"]["irregular_past"]
    text = f"Velmar claimed Ostria {verb} the depot near the river."
    for found in (boundary_pattern().search(fold(text)), patterns()["boundary"].search(text)):
        assert found and text[found.start():found.end()].lower() == "claimed", text


@pytest.mark.parametrize("text", [
    "Velmar claimed the depot near the river.",
    "Velmar claimed responsibility for the raid that struck the depot.",
])
def test_claim_with_no_reported_past_is_no_boundary(text):
    found = boundary_pattern().search(fold(text))
    assert not (found and text[found.start():found.end()].lower() == "claimed"), text
