"""meet52 (issue 13): a restrictive 'who' clause on the sentence's subject, with the main verb after it, is cut
before that verb: the main verb's meeting stands and the clause's act keeps to the clause, in both languages.

- 'The Kenyan envoy who sought talks with Uganda met Tanzanian officials' gave no meeting and a REQUEST of Kenya to
  Uganda and Tanzania: the clause reader did not cut the clause (meet51's second-past guard: the head is the
  subject), so 'met' read the clause's 'sought' as its plan (a plan of unnamed people: none), and the call's target
  phrase ran on over 'met' to the officials. Now the clause ends right before the main verb (lexicon en
  `clause_bounds.relative_re`), a meeting word's status is read after a clause closed before it
  (lang/en/reading_meetings.closed_relative), and an act's target phrase stops at its clause's end
  (lang/en/act_joints.clipped_at_relatives).
- Korean '[우간다와의 대화를 촉구해 온] 케냐 특사는 ... 만났다' read so already (guard rows).
Every sentence is our own (real states, invented occasions).
"""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text, met, caller, called", [
    ("The Ghanaian envoy who sought talks with Togo met Beninese officials in Lome on Monday.", {"GHA", "BEN"},
     "GHA", "TGO"),
    ("The Ghanaian envoys who pressed for talks with Togo met Beninese officials on Monday.", {"GHA", "BEN"},
     "GHA", "TGO"),
    ("The Ghanaian envoy who has urged talks with Togo held talks with Beninese officials on Monday.",
     {"GHA", "BEN"}, "GHA", "TGO"),
    ("우간다와의 대화를 촉구해 온 가나 특사는 9일 베냉 관리들을 만났다.", {"GHA", "BEN"}, "GHA", "UGA"),
    ("우간다와의 회담을 추진해 온 가나 특사는 9일 베냉 관리들과 회담했다.", {"GHA", "BEN"}, "GHA", "UGA"),
])
def test_the_main_meeting_stands_and_the_call_keeps_to_its_clause(text, met, caller, called):
    assert [set(a) for a, _ in sides(text, "CONSULT")] == [met], sides(text, "CONSULT")
    assert sides(text, "REQUEST") == [([caller], [called])], sides(text, "REQUEST")


@pytest.mark.parametrize("text", [
    "The Ghanaian envoys who visited Accra urged talks with Togo on Monday.",
    "Lula met a Ghanaian envoy who has sought talks with Togo on Tuesday.",
])
def test_the_earlier_relative_readings_hold(text):
    assert sides(text, "REQUEST") == [(["GHA"], ["TGO"])], sides(text, "REQUEST")
