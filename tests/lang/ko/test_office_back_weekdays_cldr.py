"""The office back-reference's weekday slot comes from CLDR (kofix68, issue 13): `office_back_re` in lexicon/ko.yaml
no longer spells the weekdays by hand; its `{weekday}` slot is filled with CLDR's wide Korean day names
(lang/ko/calendar_words.with_calendar), with the behaviour unchanged: every weekday before a bare office still lets
the office open the clause. Negative rows: a syllable that only looks like a weekday's first ('금 총리는'), a weekday
spelled wrong, or a place phrase before the office do not pass as a time phrase. The English side reads past any
time phrase already (tests/lang/test_names_office_back_after_time.py). Our own sentences."""
from __future__ import annotations

import pytest

from readout.kb.loader import lexicon
from readout.lang.ko.calendar_words import WEEKDAY_SLOT, weekday_names, with_calendar


def office_back():
    return with_calendar(lexicon("ko"), "office_back_re")


def test_lexicon_leaves_weekdays_to_cldr() -> None:
    source = lexicon("ko").sources("office_back_re")[0]
    assert WEEKDAY_SLOT in source and "요일" not in source
    assert set(weekday_names()) == {"월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"}


@pytest.mark.parametrize("day", ["월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"])
@pytest.mark.parametrize("frame, title", [
    ("{} 총리는 항의했다.", "총리"),
    ("지난 {}에 장관은 반박했다.", "장관"),
    ("한편 오는 {} 오전 대변인은 밝혔다.", "대변인"),
])
def test_every_weekday_dates_the_office(day: str, frame: str, title: str) -> None:
    m = office_back().match(frame.format(day))
    assert m is not None and m.group("title") == title


@pytest.mark.parametrize("text", [
    "금 총리는 항의했다.",  # a bare syllable is no weekday (it may be a surname)
    "금요 총리는 항의했다.",
    "월요일날씨 총리는 항의했다.",
    "금요일 회의에서 총리는 항의했다.",  # a place phrase first: the office does not open the clause
])
def test_no_weekday_no_opening_office(text: str) -> None:
    m = office_back().match(text)
    assert m is None or m.group("title") != "총리"
