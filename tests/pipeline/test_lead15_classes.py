"""Classes found on the lead's held-out articles (session 15), end to end on our own sentences, both languages:
- a subject pronoun inside the sentence ('A held talks with B, during which he asked ...') stands for the
  sentence's subject before it, not for the nearer counterpart the meeting clause named."""
from __future__ import annotations

import pytest

from tests.pipeline.test_lead13_classes import sides


@pytest.mark.parametrize("text, typ, actor, recipient", [
    ("Chilean Foreign Minister Alberto van Klaveren held talks with Wang Yi in Lima, during which he urged "
     "Argentina to reopen the border crossing.", "REQUEST", "CHL", "ARG"),
    ("Penny Wong met Wang Yi on Tuesday, and she asked Japan to share its data on the vessel.",
     "REQUEST", "AUS", "JPN"),
    ("Marco Rubio spoke with Sergey Lavrov by phone, during which he warned Iran against any new strike.",
     "THREATEN", "USA", "IRN"),
    ("조현 장관은 왕이 부장과 회담했으며, 이 자리에서 그는 일본에 협력을 요청했다.", "REQUEST", "KOR", "JPN"),
])
def test_a_pronoun_inside_the_sentence_is_its_subject_not_the_counterpart(text, typ, actor, recipient):
    assert ([actor], [recipient]) in sides(text, typ)
