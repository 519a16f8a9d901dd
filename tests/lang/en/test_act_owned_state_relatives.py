"""(actors63) A non-restrictive 'which' relative in the perfect ('..., which had recalled', '..., which has criticized')
after a state named through 'of' by a common noun phrase ('an envoy of Colombia', 'the ambassador of Colombia'): 'which'
can refer only to the state (an envoy would be 'who'), so the relative's deed is the state's alone, not the main
clause's parties' nor the meeting's (lang/en/act_context.owning_noun, relative_head_deed). A past perfect keeps its
background reading. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 12)


def sides(text: str, kind: str) -> list[tuple[set[str], set[str]]]:
    return [({p.country for p in e.participants}, {r.country for r in e.recipients})
            for e in extract_text(text, published=DAY).events if e.type == kind]


@pytest.mark.parametrize("text,kind,actors,recipients", [
    ("Peruvian Foreign Minister Ana Roble met an envoy of Colombia, which had recalled its ambassador from Chile, "
     "on Thursday.", "SANCTION", {"COL"}, {"CHL"}),
    ("Peruvian Foreign Minister Ana Roble met an envoy of Colombia, which had recalled its ambassador from Lima, "
     "on Thursday.", "SANCTION", {"COL"}, {"PER"}),
    ("Peru's president met the ambassador of Colombia, which had imposed sanctions on Chile, on Thursday.",
     "SANCTION", {"COL"}, {"CHL"}),
    ("Peru's president met the ambassador of Colombia, which has criticized Chile, on Thursday.",
     "ACCUSE", {"COL"}, {"CHL"}),
    # negatives: a state named bare keeps its reading; the main clause's own act stays its subject's
    ("Peru condemned Colombia, which had recalled its ambassador from Lima, on Thursday.", "SANCTION", {"COL"}, {"PER"}),
    ("Peru's president met the ambassador of Colombia on Thursday and criticized Chile.", "ACCUSE", {"PER"}, {"CHL"}),
])
def test_owned_state_relative(text, kind, actors, recipients):
    found = sides(text, kind)
    assert found and found[0] == (actors, recipients), found
