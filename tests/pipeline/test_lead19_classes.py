"""Classes found on the lead's held-out articles (session 19), end to end on our own sentences, both languages:
- a judgement of a deed named without its author ('criticized the move', '이번 조치를 비판했다') when the story coded no
  act the deed could be: the acting sides of the act words, and the states of the named people who were subjects, in
  the sentence just before, other than the judge and those who only judged there (a state named as a subject in a
  sentence with no act word is not read: its roles are read only where an act word stands) (pipeline/act_recipients.judged_deed reading `Narrative.doers` / `judges`)."""
from __future__ import annotations

import pytest

from tests.pipeline.test_lead13_classes import sides


@pytest.mark.parametrize("text, actor, recipient", [
    ("Hungary pledged support for the breakaway region's leader on Sunday. Romania swiftly criticized the move.",
     "ROU", "HUN"),
    ("Chile's president paid tribute at a contested monument on Friday. Bolivia condemned the decision.",
     "BOL", "CHL"),
    ("칠레 대통령이 20일 논란이 된 기념비에 헌화했다. 볼리비아 외교부는 이날 이번 조치를 강하게 비판했다.",
     "BOL", "CHL"),
    ("헝가리 정부는 20일 분리주의 지도자에 대한 지지를 표명했다. 루마니아 외교부는 이번 결정을 비난했다.", "ROU", "HUN"),
])
def test_a_judged_deed_is_the_doers_of_the_sentence_before(text, actor, recipient):
    found = sides(text, "ACCUSE", "2026-02-20")
    assert any(actor in a and recipient in r for a, r in found), found


@pytest.mark.parametrize("text", [
    # the sentence before only judged too: its judge did no deed of its own
    "Romania criticized the move on Sunday. Moldova also condemned the decision.",
    "루마니아 외교부는 20일 이번 조치를 비판했다. 몰도바 외교부도 이번 결정을 비난했다.",
    # the deed is two sentences back: no longer the one just told
    "Hungary sent a delegation to a disputed border ceremony on Sunday. Analysts said the timing mattered. "
    "Romania swiftly criticized the move.",
])
def test_a_judgement_with_no_doer_just_before_is_no_act(text):
    assert sides(text, "ACCUSE", "2026-02-20") == []
