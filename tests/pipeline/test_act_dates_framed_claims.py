"""dates41: a date opening a sentence frames its main statement ('같은 날 B 외무부는 A군이 지난 3일과 9일 국경을
침범했다고 주장하며 ... 경고했다', 'The same day, B said A's troops had crossed the border on Nov. 3 and 9 and warned
...'): the days inside the claim it reports date the claimed deeds, not the warning, however close they stand to its
verb (pipeline/act_dates.framed). A statement with no date opening its sentence keeps the nearest day."""
from __future__ import annotations

import pytest

from readout.api import extract_text

PUB = "2026-11-14"  # a Saturday; the story's Friday is the 13th


def dated(text: str, kind: str) -> list[tuple[str, str, str]]:
    return [(",".join(p.country for p in e.participants), ",".join(r.country for r in e.recipients), str(e.date))
            for e in extract_text(text, published=PUB).events if e.type == kind]


@pytest.mark.parametrize("text, kind, expected", [
    ("에티오피아 외교부는 13일 에리트레아 대사를 초치해 항의했다. 같은 날 에리트레아 외무부는 에티오피아군이 지난 3일과 "
     "9일 국경을 침범했다고 주장하며 \"재발 시 즉각 대응할 것\"이라고 경고했다.", "THREATEN", ("ERI", "ETH", "2026-11-13")),
    ("Ethiopia's foreign ministry summoned Eritrea's ambassador on Friday. The same day, Eritrea's foreign ministry said "
     "Ethiopian troops had crossed the border on Nov. 3 and 9 and warned that it would respond with force.",
     "THREATEN", ("ERI", "ETH", "2026-11-13")),
])
def test_a_date_opening_the_sentence_dates_its_statement(text, kind, expected):
    assert expected in dated(text, kind)


@pytest.mark.parametrize("text, kind, expected", [
    # negative: no date opens the sentence: the day before the verb is the statement's
    ("에리트레아 외무부는 12일 에티오피아군의 국경 침범에 항의했다.", "ACCUSE", ("ERI", "ETH", "2026-11-12")),
])
def test_without_an_opening_date_the_nearest_day_stays(text, kind, expected):
    assert expected in dated(text, kind)
