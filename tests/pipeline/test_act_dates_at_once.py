"""dates57: a deed told as done at once ('B immediately expelled A's envoy', 'B는 즉각 대사를 추방했다') right after the
story told an earlier dated deed followed that deed, on its day, not the story's or the report's day (the language's
narrative day with no shift: lang/en/date_occasions.at_once, lexicon ko `date_narrative_re`). 'urged B to
immediately withdraw', '즉각 철수하라고' are the content's and date nothing."""
from datetime import date

import pytest

from tests.event_sides import events

PUBLISHED = "2026-06-19"  # a Friday
EARLIER = date(2026, 3, 2)


def dates_of(text: str, kind: str):
    return [e.date for e in events(text, PUBLISHED) if e.type == kind]


@pytest.mark.parametrize("text, kind", [
    ("Ghana and Togo held border talks in Accra on Friday. The row began on March 2, when Togolese troops shelled "
     "a Ghanaian border post. Ghana immediately expelled Togo's ambassador.", "SANCTION"),
    ("Ghana and Togo held border talks in Accra on Friday. The row began on March 2, when Togolese troops shelled "
     "a Ghanaian border post. Ghana promptly recalled its ambassador from Lome.", "SANCTION"),
    ("가나 외교부는 19일 토고와 국경 회담을 열었다고 밝혔다. 양국 갈등은 지난 3월 2일 토고 군이 가나 국경 초소를 "
     "포격하면서 시작됐다. 가나는 즉각 토고 대사를 추방했다.", "SANCTION"),
    ("가나 외교부는 19일 토고와 국경 회담을 열었다고 밝혔다. 양국 갈등은 지난 3월 2일 토고 군이 가나 국경 초소를 "
     "포격하면서 시작됐다. 가나는 곧바로 토고 주재 대사를 소환했다.", "SANCTION"),
])
def test_a_deed_done_at_once_takes_the_day_told_last(text, kind):
    assert dates_of(text, kind) == [EARLIER]


@pytest.mark.parametrize("text, kind", [
    ("Ghana and Togo held border talks in Accra on Friday. The row began on March 2, when Togolese troops shelled "
     "a Ghanaian border post. Ghana urged Togo to immediately withdraw its troops.", "REQUEST"),
    ("가나 외교부는 19일 토고와 국경 회담을 열었다고 밝혔다. 양국 갈등은 지난 3월 2일 토고 군이 가나 국경 초소를 "
     "포격하면서 시작됐다. 가나 정부는 토고에 즉각적인 철군을 촉구했다.", "REQUEST"),
])
def test_immediate_content_dates_nothing(text, kind):
    assert EARLIER not in dates_of(text, kind)


def test_at_once_opening_a_story_dates_nothing():
    """The lead tells a deed done at once before any day is told: no day to follow, so the '즉각' gives none, and the
    deed the story dates after it keeps its own night."""
    text = ("가나 경찰이 토고 대사관에 진입해 야당 인사를 체포했다. 토고는 즉각 가나 대사를 추방했다.\n\n"
            "가나 경찰은 18일 밤 토고 대사관 담을 넘어 들어가 야당 인사를 체포했다.")
    assert date(2026, 6, 18) in dates_of(text, "COERCE")
