"""A day a plan is set for is no day the story has reached (dates40), end to end on our own sentences:
- '케냐 대표단은 17일에는 아프리카연합에도 설명할 예정이다', 'A Kenyan delegation will brief the bloc on Tuesday' in a
  report of that day: the plan's day moves neither the story's day nor the day it has reached, so '같은 날', '이날 밤',
  'the same day' after it count from the day the story told (lang/ko/dates.mark_planned, lang/en/dates.mark_planned;
  pipeline/story_days.advance_story_day, pipeline/act_dates.reached_day);
- a day told as done ('17일 ... 설명했다', 'briefed ... on Tuesday') still moves the story.
"""
from __future__ import annotations

import pytest

from readout.api import extract_text

PUB = "2026-03-17"  # a Tuesday, the morning after the story's Monday


def dated(text: str, kind: str) -> list[tuple[str, str, str]]:
    return [(",".join(p.country for p in e.participants), ",".join(r.country for r in e.recipients), str(e.date))
            for e in extract_text(text, published=PUB).events if e.type == kind]


@pytest.mark.parametrize("text, kind, expected", [
    ("Kenya's foreign minister on Monday condemned Uganda's border raids. A Kenyan delegation will brief African Union "
     "officials on Tuesday. On the same day, Kenya's president urged Uganda to withdraw its troops.",
     "REQUEST", ("KEN", "UGA", "2026-03-16")),
    ("케냐 외교장관은 16일 우간다의 국경 습격을 규탄했다. 케냐 대표단은 17일에는 아프리카연합에도 같은 내용을 설명할 "
     "예정이다. 케냐 대통령은 이날 밤 연설에서 우간다에 병력을 철수하라고 촉구했다.", "REQUEST", ("KEN", "UGA", "2026-03-16")),
    ("케냐 외교장관은 16일 우간다의 국경 습격을 규탄했다. 케냐 대표단은 17일에는 아프리카연합에도 같은 내용을 설명할 "
     "예정이다. 케냐 국방부도 같은 날 우간다에 병력 철수를 요구했다.", "REQUEST", ("KEN", "UGA", "2026-03-16")),
])
def test_a_plans_day_is_not_reached(text, kind, expected):
    assert expected in dated(text, kind)


@pytest.mark.parametrize("text, kind, expected", [
    # negative: a day told as done moves the story: '이날 밤', 'the same day' are that day
    ("케냐 외교장관은 16일 우간다의 국경 습격을 규탄했다. 케냐 대표단은 17일 아프리카연합에 같은 내용을 설명했다. "
     "케냐 대통령은 이날 밤 연설에서 우간다에 병력을 철수하라고 촉구했다.", "REQUEST", ("KEN", "UGA", "2026-03-17")),
    ("Kenya's foreign minister on Monday condemned Uganda's border raids. A Kenyan delegation briefed African Union "
     "officials on Tuesday. On the same day, Kenya's president urged Uganda to withdraw its troops.",
     "REQUEST", ("KEN", "UGA", "2026-03-17")),
])
def test_a_day_told_as_done_is_reached(text, kind, expected):
    assert expected in dated(text, kind)
