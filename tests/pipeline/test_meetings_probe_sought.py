"""consult14 probes: a meeting sought, wanted or called for ('has sought a summit with X', 'pressed for talks with X')
is one still to come (en lexicon planned_before_re), as Korean '정상회담을 추진해 왔다' is one being arranged: planned,
not an occurred meeting."""
from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2021, 10, 6)


@pytest.mark.parametrize("text", [
    "Australian Prime Minister Scott Morrison has sought a summit with Chinese President Xi Jinping.",
    "Australian Prime Minister Scott Morrison wants talks with Chinese President Xi Jinping.",
    "Australian Prime Minister Scott Morrison pressed for a meeting with Chinese President Xi Jinping.",
    "Australian Prime Minister Scott Morrison has called for talks with Chinese President Xi Jinping.",
    "스콧 모리슨 호주 총리는 시진핑 중국 국가주석과의 정상회담을 추진해 왔다.",
])
def test_sought_meeting_is_not_held(extract, text):
    held = [e for e in events_of(extract(text, published=DAY), "CONSULT") if e.status == "occurred"]
    assert not held, held


@pytest.mark.parametrize("text", [
    "Australian Prime Minister Scott Morrison held talks with Chinese President Xi Jinping on Monday.",
    "Australian Prime Minister Scott Morrison sought Chinese support when he met Chinese President Xi Jinping on Monday.",
])
def test_meeting_held_stays(extract, text):
    held = [e for e in events_of(extract(text, published=DAY), "CONSULT") if e.status == "occurred"]
    assert len(held) == 1, held
