"""dates53: 'on Thursday, a day after A and B signed ...': the recalled act keeps the day counted back from the main
clause's, however long or coordinated its subject ('the Kenyan president and his Tanzanian counterpart', 'Chilean
President Gabriel Boric and Bolivia's Luis Arce'; lexicon en `recalled_clause_after_re`, `date_recalled_shift_re`,
`date_narrative_re`)."""
from __future__ import annotations

import pytest

from readout.api import extract_text

PUB = "2026-06-12"  # a Friday


def dated(text: str, kind: str) -> list[str]:
    return [str(e.date) for e in extract_text(text, published=PUB).events if e.type == kind]


@pytest.mark.parametrize("text, kind, expected", [
    ("Uganda's foreign ministry summoned Kenya's envoy on Thursday, a day after the Kenyan president and his "
     "Tanzanian counterpart signed a border pact.", "AGREE", ["2026-06-10"]),
    ("Peru recalled its ambassador on Wednesday, two days after Chilean President Gabriel Boric and Bolivia's Luis "
     "Arce signed a gas deal.", "AGREE", ["2026-06-08"]),
    # negative: the main clause's act keeps its own day
    ("Chile and Bolivia signed a gas deal in La Paz on Wednesday, a day after the two foreign ministers and their "
     "deputies held talks.", "AGREE", ["2026-06-10"]),
])
def test_a_recalled_act_with_a_long_subject_keeps_its_counted_day(text, kind, expected):
    assert dated(text, kind) == expected
