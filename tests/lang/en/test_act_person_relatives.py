"""(relatives65) A non-restrictive 'who' clause in the perfect after a person named by a title or an office
('Colombian envoy Ana Ruiz, who had criticized Chile', "Peru's president, who had criticized Chile, met ..."): the
deed is the person's own, so the states the head phrase names do it, not the meeting's parties
(lang/en/act_recalled_clauses.person_head). Negatives: a bare name or a bare title keeps the subject the sentence
gives; an act of the main clause stays its subject's. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 12)


def sides(text: str, kind: str) -> list[tuple[set[str], set[str]]]:
    return [({p.country for p in e.participants} - {r.country for r in e.recipients},
             {r.country for r in e.recipients})
            for e in extract_text(text, published=DAY).events if e.type == kind]


@pytest.mark.parametrize("text,kind,actors,recipients", [
    # the object of the meeting, named by a title: his state alone
    ("Peru's foreign minister met Colombian envoy Ana Ruiz, who had criticized Chile.", "ACCUSE", {"COL"}, {"CHL"}),
    ("Kenya's president received Ethiopian Foreign Minister Abel Tesfaye, who has accused Somalia of spying, "
     "on Monday.", "ACCUSE", {"ETH"}, {"SOM"}),
    # the subject of the meeting, named by an office: his state alone, not the one he met
    ("Peru's president, who had criticized Chile, met the ambassador of Colombia.", "ACCUSE", {"PER"}, {"CHL"}),
    ("Ghana's foreign minister, who had condemned Togo, met Nigerian envoy Tomas Adeyemi on Friday.",
     "ACCUSE", {"GHA"}, {"TGO"}),
    # negatives: the main clause's act stays its subject's
    ("Peru's president met Colombian envoy Ana Ruiz on Monday and criticized Chile.", "ACCUSE", {"PER"}, {"CHL"}),
    ("Ghana's president met Nigerian envoy Tomas Adeyemi and condemned Togo.", "ACCUSE", {"GHA"}, {"TGO"}),
])
def test_person_relative_doer(text, kind, actors, recipients):
    found = sides(text, kind)
    assert found and found[0] == (actors, recipients), found
