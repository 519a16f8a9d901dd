"""consult15: a meeting word whose clause counts the time since it ('... 회담한 지 한 달 만이다', '만난 지 사흘 만에') is
an earlier meeting recalled; it keeps no day rather than the story's or the report's (lang/ko elapsed_since_after_re,
pipeline/meeting_build.build_meeting). English 'came a month after X's talks with Y': test_meetings_elapsed_since_en.py (consult16)."""
from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2026, 3, 10)


@pytest.mark.parametrize("text, recalled", [
    ("한국 대통령은 3일 서울에서 일본 총리와 회담했다. 이는 대통령이 미국 대통령과 회담한 지 한 달 만이다.", "Donald Trump"),
    ("한국 대통령은 3일 서울에서 일본 총리와 회담했다. 대통령이 미국 대통령과 만난 지 사흘 만이었다.", "Donald Trump"),
])
def test_meeting_counted_since_keeps_no_story_day(extract, text, recalled):
    found = events_of(extract(text, published=DAY), "CONSULT")
    story = [e for e in found if e.date == date(2026, 3, 3)]
    assert story and all(recalled not in {p.name for p in e.participants} for e in story), \
        [(e.date, [p.name for p in e.participants]) for e in found]
    earlier = [e for e in found if recalled in {p.name for p in e.participants}]
    assert all(e.date is None or e.date < date(2026, 3, 3) for e in earlier), [(e.date, e.date_basis) for e in earlier]


def test_meeting_without_elapsed_time_keeps_story_day(extract):
    found = events_of(extract("한국 대통령은 3일 서울에서 일본 총리와 회담했다. 대통령은 같은 날 미국 대통령과도 회담했다.",
                              published=DAY), "CONSULT")
    assert any(e.date == date(2026, 3, 3) for e in found), [(e.date, e.date_basis) for e in found]
