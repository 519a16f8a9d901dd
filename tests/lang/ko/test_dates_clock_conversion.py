"""dates45: a day in parentheses after the home time zone's name ('(한국시간 15일 오전 2시)') restates a foreign local
time; it is no date of the sentence, and the story's day stays the place's own (lang/ko/date_claims.converted_clock)."""
from datetime import date

import pytest

from readout.api import extract_text
from readout.lang.ko import dates
from readout.settings import SETTINGS

REF = date(2026, 5, 15)


def days(text: str) -> list[date]:
    return [d.value for d in dates.find_dates(text, 0, REF, SETTINGS.ko.unyeared_future_days) if d.value]


@pytest.mark.parametrize("text, expected", [
    ("브라질 의회는 14일 오후 3시(한국시간 15일 오전 3시) 법안을 가결했다.", [date(2026, 5, 14)]),
    ("회담은 14일 오후(한국시간으로 15일 새벽) 시작됐다.", [date(2026, 5, 14)]),
    # negative: a Korean-time day not in parentheses is the sentence's own
    ("정상회담은 한국시간 15일 새벽 화상으로 열렸다.", [date(2026, 5, 15)]),
])
def test_a_day_restated_in_home_time_is_no_date(text, expected):
    assert days(text) == expected


def test_the_story_day_stays_the_local_one():
    text = ("(상파울루=연합뉴스) 브라질 정부는 14일(현지시간) 아르헨티나와 국경 협정을 체결했다.\n"
            "협정은 14일 정오(한국시간 15일 0시)부터 발효됐다.\n칠레 정부는 아르헨티나를 비난했다.")
    accuse = [e for e in extract_text(text, published="2026-05-15").events if e.type == "ACCUSE"]
    assert accuse and str(accuse[0].date) == "2026-05-14"
