"""kodate47: a saying's day written between the told clause's ending and the saying verb ('중단한다고 6일 발표했다',
'초치했다고 6일 밝혔다') is the day of the saying, which dates a told deed with no day of its own, as the same day
written before the claim does and as English 'said on Friday it had summoned' is dated. A day inside the claim keeps
its own reading; a medium's relayed day ('보도했다') dates no deed it relays."""
from __future__ import annotations

from datetime import date

import pytest

from readout.lang.ko.date_claims import closes_claim
from tests.event_sides import events

PUBLISHED = "2026-03-12"  # a Thursday; the 6th is the Friday before


def dated(text: str, kind: str) -> list[date]:
    return [e.date for e in events(text, PUBLISHED) if e.type == kind and e.date_precision == "day"]


@pytest.mark.parametrize("text, kind, day", [
    ("가나 정부는 토고와의 교역을 중단한다고 6일 발표했다.", "SANCTION", 6),
    ("우루과이 정부는 파라과이와의 국경을 폐쇄한다고 6일 발표했다.", "SANCTION", 6),
    ("가나 외교부는 토고 대사를 초치했다고 6일 밝혔다.", "ACCUSE", 6),
    ('칠레 외교부는 "아르헨티나 대사를 초치했다"고 6일 전했다.', "ACCUSE", 6),
    ("가나 외교부는 토고 대사를 초치했다고 6일 오후 밝혔다.", "ACCUSE", 6),
    ("가나 외교부는 토고 대사를 초치했다고 6일 성명을 통해 밝혔다.", "ACCUSE", 6),
    ("가나 정부는 토고와의 교역을 중단한다고 6일 공식 발표했다.", "SANCTION", 6),
    ("Chile said on Friday it had summoned the Argentine ambassador.", "ACCUSE", 6),
    ("Uruguay announced on Friday it was closing its border with Paraguay.", "SANCTION", 6),
])
def test_a_day_after_the_claim_dates_the_told_deed(text, kind, day):
    assert dated(text, kind) == [date(2026, 3, day)]


@pytest.mark.parametrize("text, kind, day", [
    ("페루 국방부는 볼리비아군이 4일 국경 초소를 포격했다고 6일 밝혔다.", "ASSAULT", 4),  # the claim's own day
    ("가나 외교부는 토고가 3일 자국 대사를 추방했다고 6일 밝혔다.", "SANCTION", 3),
])
def test_a_day_inside_the_claim_keeps_its_own_reading(text, kind, day):
    assert dated(text, kind) == [date(2026, 3, day)]


def test_a_deed_told_in_the_past_takes_the_window_up_to_the_day_after_its_claim():
    """dates48: '포격했다고 지난 6일 밝혔다' tells a deed done on or before the 6th, the window up to it, as English
    'said on Friday that B's troops had shelled' (pipeline/act_dates.told_window)."""
    found = [e for e in events("페루 국방부는 볼리비아군이 국경 초소를 포격했다고 지난 6일 밝혔다.", PUBLISHED)
             if e.type == "ASSAULT"]
    assert [e.date_window for e in found] == [(date(2026, 2, 27), date(2026, 3, 6))]


def test_a_relayed_medium_day_dates_no_deed_it_relays():
    assert date(2026, 3, 6) not in dated("조선중앙통신은 인민군이 한국 초소를 포격했다고 6일 보도했다.", "ASSAULT")


@pytest.mark.parametrize("text, closes", [
    ("토고와의 교역을 중단한다고 6일 발표했다", True),
    ("대사를 초치했다고 지난 6일 밝혔다", True),
    ('"대사를 초치했다"고 6일 전했다', True),
    ("침범이라고 6일 주장했다", True),
    ("대사를 초치했다고 6일 오후 밝혔다", True),
    ("대사를 초치했다고 6일 성명을 통해 밝혔다", True),
    ("대사를 초치했다고 6일 보도했다", False),  # a medium's report: its day is the medium's
    ("대사를 초치했다고 6일 열린 회담에서 논의됐다", False),  # no saying verb closes the claim
    ("대사를 초치하고 6일 성명을 발표했다", False),  # a joined clause, no claim
    ("회담에서 6일 밝혔다", False),
    ("정부는 6일 밝혔다", False),
    ("대사를 초치했다며 6일 밝혔다", False),
])
def test_closes_claim(text, closes):
    start = text.index("6일")
    assert closes_claim(text, start, start + 2) is closes
