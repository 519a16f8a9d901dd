"""One table per class of error the whole articles of `test_ko_news_articles.py` showed, each row a short text of
our own (several sentences where the class is about a document), run through the whole pipeline: the meeting
it states (states of its parties, day, status, place) or none.

Classes: a day moved from the report's by a word ('전날') beats the report's own day a headline took; a quote that
closes a plan ('예정"이라고') still closes it; a week ahead ('다음 주') makes a meeting planned; a scene word ('방한
기간') takes the status of its clause's meeting predicate; ...
"""
from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 9, 24)  # a Wednesday: 전날 is the 23rd, 다음 주 화요일 the 30th


def meetings(text: str, published: date = PUB) -> list[tuple]:
    from readout.api import extract_text

    return [(e.status, frozenset(p.country for p in e.participants if p.country), e.date,
             e.location.name if e.location else None)
            for e in extract_text(text, "class.txt", published).events if e.type == "CONSULT"]


def one(text: str, status: str, codes: str, day: date | None = None, place: str | None = None):
    found = meetings(text)
    want = frozenset(codes.split())
    ok = [m for m in found if m[0] == status and m[1] == want and (day is None or m[2] == day)
          and (place is None or (m[3] or "").find(place) >= 0)]
    assert ok, found
    return found


# a headline's undated meeting is the body's, dated by a word that moves the report's day
SHIFTED = [
    ("조현 장관, 日 외무상과 통화\n조현 외교부 장관은 전날 이와야 다케시 일본 외무상과 통화했다고 외교부가 24일 밝혔다.",
     "KOR JPN", date(2025, 9, 23)),
    ("한중 외교장관 통화\n조현 외교부 장관은 그제 왕이 중국 외교부장과 전화 통화를 했다.", "KOR CHN", date(2025, 9, 22)),
    ("Cho, Wang hold phone talks\nSEOUL -- Foreign Minister Cho Hyun held phone talks with Chinese Foreign Minister "
     "Wang Yi yesterday.", "KOR CHN", date(2025, 9, 23)),
]


@pytest.mark.parametrize("text, codes, day", SHIFTED)
def test_a_day_moved_from_the_report_dates_the_headline_meeting(text, codes, day):
    found = one(text, "occurred", codes, day)
    assert len(found) == 1, found


# a plan closed by a quote, a week ahead, a scene word with a planned predicate: planned
PLANNED = [
    ("대변인은 \"조현 장관은 다음 주 화요일 왕이 부장과 회담하고 만찬을 할 예정\"이라고 말했다.", "KOR CHN",
     date(2025, 9, 30)),
    ("대변인은 \"조현 장관은 이날 오후 왕이 부장과 회담하고 만찬을 함께할 예정\"이라고 말했다.", "KOR CHN", PUB),
    ("대통령실은 '이재명 대통령이 방한하는 호주 총리와 회담하고 공동 회견을 열 계획'이라고 밝혔다.", "KOR AUS", None),
    ("이 대통령, 다음 주 호주 총리와 정상회담", "KOR AUS", None),
    ("조현 외교부 장관은 다음 주 도쿄에서 일본 외무상과 회담한다.", "KOR JPN", None),
    ("호주 총리는 방한 기간 우원식 국회의장과도 면담할 계획이다.", "AUS KOR", None),
    ("왕이 부장은 방한 중 조현 장관과 만날 예정이다.", "CHN KOR", None),
]


@pytest.mark.parametrize("text, codes, day", PLANNED)
def test_a_plan_is_read_as_planned(text, codes, day):
    found = one(text, "planned", codes, day)
    assert not [m for m in found if m[0] == "occurred"], found


HELD = [  # the same words about a meeting held stay held
    ("대변인은 \"조현 장관은 지난주 왕이 부장과 회담했다\"고 말했다.", "KOR CHN"),
    ("호주 총리는 방한 기간 우원식 국회의장과 면담했다.", "AUS KOR"),
    ("조현 장관, 지난주 日 외무상과 회담", "KOR JPN"),
]


@pytest.mark.parametrize("text, codes", HELD)
def test_a_meeting_held_stays_held(text, codes):
    one(text, "occurred", codes)
