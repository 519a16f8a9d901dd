"""dates48: a part of a month named by an everyday word ('지난달 말', '이달 초', '다음 달 중반'; 'at the end of last month',
'in the middle of October', 'at the beginning of next month') gives the event that part's window of days, as '하순' and
'late March' did (lexicon ko/en date_month_parts; lang/ko/date_parts.month_part_re, lang/en/dates.PART_OF). A word that
only begins with such a syllable ('3월 초청', '3월 말레이시아') names no part."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

PUB = "2026-11-14"


def windows(text: str) -> list[tuple[date, date] | None]:
    return [e.date_window for e in extract_text(text, published=PUB).events if e.type == "CONSULT"]


@pytest.mark.parametrize("text, window", [
    ("다니엘 노보아 에콰도르 대통령은 지난달 말 키토에서 구스타보 페트로 콜롬비아 대통령과 회담했다.",
     (date(2026, 10, 21), date(2026, 10, 31))),
    ("다니엘 노보아 에콰도르 대통령은 이달 초 키토에서 구스타보 페트로 콜롬비아 대통령과 회담했다.",
     (date(2026, 11, 1), date(2026, 11, 10))),
    ("다니엘 노보아 에콰도르 대통령은 다음 달 중반께 키토에서 구스타보 페트로 콜롬비아 대통령과 회담할 예정이다.",
     (date(2026, 12, 11), date(2026, 12, 20))),
    ("Ecuadorean President Daniel Noboa met Colombian President Gustavo Petro in Quito at the end of last month.",
     (date(2026, 10, 21), date(2026, 10, 31))),
    ("Ecuadorean President Daniel Noboa met Colombian President Gustavo Petro in Quito in the middle of October.",
     (date(2026, 10, 11), date(2026, 10, 20))),
    ("Ecuadorean President Daniel Noboa will meet Colombian President Gustavo Petro in Quito at the beginning of "
     "next month.", (date(2026, 12, 1), date(2026, 12, 10))),
])
def test_a_part_word_gives_its_window(text, window):
    assert windows(text) == [window]


@pytest.mark.parametrize("text", [
    "다니엘 노보아 에콰도르 대통령은 3월 키토에서 구스타보 페트로 콜롬비아 대통령과 회담했다.",
    "Ecuadorean President Daniel Noboa met Colombian President Gustavo Petro in Quito in March.",
])
def test_a_bare_month_has_no_window(text):
    assert windows(text) == [None]


def test_a_word_beginning_like_a_part_names_none():
    from readout.lang.ko.date_parts import month_part_re
    assert month_part_re().match(" 초청에") is None and month_part_re().match(" 말레이시아") is None
    assert month_part_re().match(" 말부터").group(1) == "말"
