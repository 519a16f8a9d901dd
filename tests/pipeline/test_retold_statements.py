"""A statement told first and retold by the next sentence with the day its speaker spoke (dates40), end to end on
our own sentences:
- 'X's foreign ministry rejected Y's explanation. Spokesman Z told a news briefing on Tuesday that ...', '외교부는
  ...을 일축했다. 대변인은 17일 정례 브리핑에서 ...라고 말했다': the statement is made on that reporting day, not on
  the story's earlier day (pipeline/retold_dates.py; reporting marks: lexicon en `reporting_re` 'told a news
  briefing on', ko `reporting_re` '정례 브리핑에서');
- negative: a next sentence whose subject is another side's speaker leaves the statement on the story's day.
"""
from __future__ import annotations

import pytest

from readout.api import extract_text

PUB = "2026-03-18"  # a Wednesday


def dated(text: str, kind: str) -> list[tuple[str, str, str]]:
    return [(",".join(p.country for p in e.participants), ",".join(r.country for r in e.recipients), str(e.date))
            for e in extract_text(text, published=PUB).events if e.type == kind]


@pytest.mark.parametrize("text, expected", [
    ("Chile's navy held drills near the border on Monday, Chilean officials said. Bolivia's foreign ministry rejected "
     "Chile's explanation. Spokesman Juan Rojas told a news briefing on Tuesday that the drills were a provocation.",
     ("BOL", "CHL", "2026-03-17")),
    ("칠레 해군은 16일 국경 인근에서 훈련을 했다. 볼리비아 외교부는 칠레의 설명을 일축했다. 후안 로하스 대변인은 17일 정례 "
     "브리핑에서 \"훈련은 도발\"이라고 말했다.", ("BOL", "CHL", "2026-03-17")),
])
def test_a_statement_retold_with_its_day_takes_it(text, expected):
    assert expected in dated(text, "REJECT")


@pytest.mark.parametrize("text, expected", [
    ("Chile's navy held drills near the border on Monday, Chilean officials said. Bolivia's foreign ministry rejected "
     "Chile's explanation. Chile's defense minister told a news briefing on Tuesday that the drills were routine.",
     ("BOL", "CHL", "2026-03-16")),
])
def test_another_sides_speaking_leaves_it(text, expected):
    assert expected in dated(text, "REJECT")
