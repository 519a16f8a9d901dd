"""A recalled clause whose subject is a coordination of names (dates40), end to end on our own sentences:
- 'The vote came three days after A and B vetoed a draft on Friday': the counted span dates the recalled veto, whose
  subject 'A and B' is two names joined by 'and' (lexicon en `date_recalled_shift_re`, `recalled_clause_after_re`);
  before, only a name of up to three capitalized words opened such a clause, and the veto took the story's day;
- Korean '러시아와 중국이 지난 20일 ... 거부권을 행사한 지 닷새 만에' reads the recalled day already (guard).
"""
from __future__ import annotations

import pytest

from readout.api import extract_text

PUB = "2026-03-26"  # a Thursday


def dated(text: str, kind: str) -> list[tuple[str, str, str]]:
    return [(",".join(p.country for p in e.participants), ",".join(r.country for r in e.recipients), str(e.date))
            for e in extract_text(text, published=PUB).events if e.type == kind]


@pytest.mark.parametrize("text, expected", [
    ("Brazil's president on Wednesday urged the Security Council to vote again. The vote came three days after Russia "
     "and China vetoed a U.S.-drafted resolution on Friday that would have backed an immediate truce.",
     ("RUS,CHN", "USA", "2026-03-22")),
    ("브라질 대통령은 25일 안보리에 재표결을 촉구했다. 이번 표결은 러시아와 중국이 지난 20일 미국이 낸 결의안에 거부권을 "
     "행사한 지 닷새 만에 이뤄졌다.", ("RUS,CHN", "USA", "2026-03-20")),
])
def test_a_coordinated_subject_opens_the_recalled_clause(text, expected):
    assert expected in dated(text, "REJECT")
