"""Classes found on the lead's held-out articles (session 17), end to end on our own sentences, both languages:
- handing over is a release only of people, places or power ('handed over the captured sailors', 'handed over
  control of the base'); a letter or a message handed over is no act (en_acts_additions.yaml, 'hand over');
- the destination of a visit someone is invited to make ('an invitation for the king to visit Lima') is a later
  journey's, never where the meeting of the sentence was held (en lexicon onward_journey_before_re);
- one person's name written by two outlets with and without an honorific, or with an Arabic article apart or glued,
  is one person across scripts, so their meeting is one record (tests/kb/test_phonetic.test_arabic_name_shapes)."""
from __future__ import annotations

import pytest

from tests.pipeline.test_lead13_classes import events, sides


@pytest.mark.parametrize("text", [
    "South Korean Foreign Minister Kang Min called on King Nasser on Tuesday and handed over a personal letter from the president.",
    "Chile's envoy handed over a message from his prime minister to the Peruvian leader on Monday.",
    "강민 외교부 장관은 10일 나세르 국왕을 예방하고 대통령의 친서를 전달했다.",
])
def test_a_letter_handed_over_is_no_release(text):
    assert sides(text, "RETREAT", "2026-02-10") == []


@pytest.mark.parametrize("text, actor", [
    ("Colombian rebels handed over two kidnapped soldiers to a humanitarian commission on Sunday.", "COL"),
    ("The Peruvian navy handed over the detained fishermen to Chile on Friday.", "PER"),
])
def test_people_handed_over_are_released(text, actor):
    found = sides(text, "RETREAT", "2026-02-10")
    assert any(actor in a for a, _r in found), found


@pytest.mark.parametrize("text, published, wrong", [
    ("Foreign Minister Kang Min of South Korea paid a courtesy call on Peru's president on Tuesday and conveyed an "
     "invitation for the president to visit Seoul.", "2026-02-10", "Seoul"),
    ("Chile's foreign minister met Peru's president on Monday and renewed an invitation to him to pay a state visit "
     "to Santiago.", "2026-02-10", "Santiago"),
])
def test_an_invited_visits_destination_does_not_place_the_meeting(text, published, wrong):
    meetings = [e for e in events(text, published) if e.type == "CONSULT"]
    assert meetings, "the meeting is read"
    assert all(e.location is None or e.location.name != wrong for e in meetings), \
        [e.location.name for e in meetings if e.location]
