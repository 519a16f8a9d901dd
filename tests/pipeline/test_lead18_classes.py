"""Classes found on the lead's held-out articles (session 18), end to end on our own sentences, both languages:
- a side whose act named no receiving side, and so stood as no event ('The embassy rejected the protest'), still
  is the side that spoke: 'It urged ...', '이어 ... 촉구했다' in the next sentence go on with it
  (pipeline/acts.note_acting);
- a denial or dismissal of a charge ('rejected the protest', '의혹을 부인했다') answers the side whose accusation or
  protest was reported just before (pipeline/act_recipients.rejected_proposal reading `rejected_charge`)."""
from __future__ import annotations

import pytest

from tests.pipeline.test_lead13_classes import sides


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("The Peruvian embassy in Santiago rejected the claims on Monday. It urged Chile to stop politicizing a trade "
     "matter.", "REQUEST", "PER", "CHL"),
    ("Kenya's foreign ministry dismissed the criticism as unfounded on Monday. It also urged Uganda to reopen the "
     "border crossing.", "REQUEST", "KEN", "UGA"),
    ("페루 외교부는 10일 근거 없는 주장이라고 일축했다. 이어 칠레에 무역 문제를 정치화하지 말라고 촉구했다.",
     "REQUEST", "PER", "CHL"),
])
def test_a_side_whose_act_named_no_one_goes_on_speaking(text, kind, actor, recipient):
    found = sides(text, kind, "2026-02-10")
    assert any(actor in a and recipient in r for a, r in found), found


@pytest.mark.parametrize("text", [
    # no sentence before names who spoke: the pronoun has no side to go on with
    "It urged Chile to stop politicizing a trade matter.",
    "이어 칠레에 무역 문제를 정치화하지 말라고 촉구했다.",
])
def test_a_continuation_with_no_speaker_before_is_no_act(text):
    assert sides(text, "REQUEST", "2026-02-10") == []
