"""Calendar words are never names (koactors68): a weekday opening a sentence before a ministry's title ('금요일 외교부
대변인은') looked like a Korean name of three syllables opening with a surname (금, 목) that kiwi reads as one common
noun, the shape of an unlisted minister's name, and became a person. CLDR's Korean day and month names (babel,
lang/ko/calendar_words) are a time, never a name: the title chain stops before them and the nameless title is its
state's office. Negative rows: a real name of that shape (a surname 금 or 목) before a ministry is still a person.
Our own sentences and invented names."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.lang.ko.calendar_words import calendar_words

DAY = date(2025, 6, 18)


def person_surfaces(text: str) -> list[str]:
    return [m.surface for m in extract_text(text, published=DAY).mentions if m.entity and m.entity.kind == "person"]


def test_calendar_words_come_from_cldr() -> None:
    words = calendar_words()
    assert {"월요일", "금요일", "일요일", "3월", "12월"} <= words
    assert "금" not in words and "수단" not in words  # no abbreviated forms: a syllable may be a surname


WEEKDAY_OPENINGS = [  # (sentence, the state whose office acts)
    ("금요일 외교부 대변인은 브라질을 비난했다.", "KOR"),
    ("목요일 국방부 대변인은 칠레를 비난했다.", "KOR"),
    ("수요일 페루 외교부 대변인은 볼리비아를 비난했다.", "PER"),
]


@pytest.mark.parametrize("text, state", WEEKDAY_OPENINGS)
def test_weekday_before_a_title_is_no_name(text: str, state: str) -> None:
    doc = extract_text(text, published=DAY)
    assert not [m.surface for m in doc.mentions if m.entity and m.entity.kind == "person"
                and "요일" in m.surface]
    assert any(p.country == state for e in doc.events if e.type == "ACCUSE" for p in e.participants)


NAMES_OF_THAT_SHAPE = [  # negative rows: a surname 금 or 목 opening a real name of three syllables
    ("금하준 외교부 대변인은 브라질을 비난했다.", "금하준"),
    ("목서윤 외교부 대변인은 칠레를 비난했다.", "목서윤"),
]


@pytest.mark.parametrize("text, name", NAMES_OF_THAT_SHAPE)
def test_name_of_weekday_shape_is_still_a_person(text: str, name: str) -> None:
    assert name in person_surfaces(text)
