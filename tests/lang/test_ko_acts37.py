"""Korean act classes read by the ko-acts37 session, with sentences of our own (states outside the eval sets), an
English row where the class exists in English too:

2. two act verbs joined on one object ('반대하고 규탄했다', '반대하며 규탄했다'): one ACCUSE, no REJECT beside it
   (lang/ko/act_paired_condemnation.py, the Korean side of en44's 'opposes and condemns'); a proposal opposed keeps
   its REJECT.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, events_of

OCC = "occurred"
DAY = date(2026, 3, 4)


def read(text: str, day: date = DAY):
    return events_of(extract_text(text, published=day))


# 2. 반대하고 규탄했다: one ACCUSE
@pytest.mark.parametrize("text", [
    "페루는 칠레의 국경 훈련을 반대하며 규탄했다.",
    '페루 외교부는 성명에서 "칠레의 국경 훈련을 단호히 반대하고 강력히 규탄한다"고 밝혔다.',
    "페루는 칠레의 국경 훈련을 강력히 규탄하고 반대했다.",
    "Peru firmly opposes and strongly condemns Chile's border drills, the ministry said.",
])
def test_paired_condemnation_one_accuse(text):
    events = read(text)
    assert_act(events, "ACCUSE", {"PER"}, {"CHL"}, OCC)
    assert_act(events, "REJECT", set(), None, None)


def test_opposed_proposal_keeps_reject():
    events = read("페루는 칠레의 제안을 반대하고 규탄했다.")
    assert_act(events, "REJECT", {"PER"}, {"CHL"}, OCC)
    assert_act(events, "ACCUSE", {"PER"}, {"CHL"}, OCC)
