"""(counterparts64) A non-restrictive relative in the perfect after a state's envoy named through 'of' ('an envoy of
Colombia, who had criticized Chile'): 'who' refers to the envoy, who is his state's, so the deed is that state's alone,
not the main clause's subject's nor the meeting's (lang/en/act_recalled_clauses.relative_head_deed with owning_noun,
as 'which' after the state). And the relative's deed is the one met's own, not done at the meeting: the other side of
the meeting may receive it (`relative_deed`, pipeline/act_recipient_readers.clause_recipients). Negatives: an act of the
main clause stays its subject's and never targets the one met its own object does not name (relatives66: 'and
criticized Colombia's new customs rules' names it, and is aimed at it). Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 12)


def sides(text: str, kind: str) -> list[tuple[set[str], set[str]]]:
    return [({p.country for p in e.participants}, {r.country for r in e.recipients})
            for e in extract_text(text, published=DAY).events if e.type == kind]


@pytest.mark.parametrize("text,kind,actors,recipients", [
    # 'who' after a state's envoy: the envoy's state
    ("Peru's foreign minister met an envoy of Colombia, who had criticized Chile, on Thursday.",
     "ACCUSE", {"COL"}, {"CHL"}),
    ("The Kenyan president received the ambassador of Ethiopia, who has criticized Somalia, on Monday.",
     "ACCUSE", {"ETH"}, {"SOM"}),
    # the relative's deed aimed at the other side of the meeting
    ("Peru's foreign minister met the ambassador of Colombia, which has criticized Peru's new customs rules.",
     "ACCUSE", {"COL"}, {"PER"}),
    ("The Kenyan president met an envoy of Ethiopia, who had accused Kenya of spying, on Monday.",
     "ACCUSE", {"ETH"}, {"KEN"}),
    ("Peru's foreign minister met the ambassador of Colombia, which had imposed sanctions on Peru, on Thursday.",
     "SANCTION", {"COL"}, {"PER"}),
    # negatives: the main clause's act stays its subject's and never targets the one met
    ("Peru's president met the ambassador of Colombia on Thursday and criticized Chile.", "ACCUSE", {"PER"}, {"CHL"}),
])
def test_envoy_relative(text, kind, actors, recipients):
    found = sides(text, kind)
    assert found and found[0] == (actors, recipients), found


@pytest.mark.parametrize("text,kind", [
    ("Peru's president met the ambassador of Colombia and criticized the new customs rules.", "ACCUSE"),
])
def test_main_clause_act_never_targets_the_one_met(text, kind):
    assert all("COL" not in recipients for _actors, recipients in sides(text, kind))


@pytest.mark.parametrize("text,kind", [
    ("Peru's president met the ambassador of Colombia and criticized Colombia's new customs rules.", "ACCUSE"),
])
def test_main_clause_act_naming_the_one_met_in_its_object_targets_it(text, kind):
    """relatives66: the coordinated verb's own object names the one met again: aimed at it (docs/coding-choices.md)."""
    assert ({"PER"}, {"COL"}) in sides(text, kind), sides(text, kind)
