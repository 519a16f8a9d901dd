"""(planned47, issue 13) A meeting noun that is the subject of its predicate keeps it across a date between them
('Togo and Benin's summit [next month] will be held in Lome', '... talks [next week] were called off'): the date is the
meeting's, its owners its parties, as Korean 'A와 B의 [내달] 정상회담이 열린다' (tests/lang/ko/test_dated_pair_meetings.py);
and a meeting to be held ('will be held', 'will take place') is planned (lexicon `meeting_planned_after_re`,
lang/en/dated_meeting_nouns.date_skipped). Negative rows: no holding or scheduling predicate, or another noun, gives no
meeting. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events

ROWS = [
    ("Togo and Benin's summit next month will be held in Lome.", "planned", {"TGO", "BEN"}),
    ("Togo and Benin's summit will be held in Lome next month.", "planned", {"TGO", "BEN"}),
    ("Mali and Niger's talks next week were called off.", "cancelled", {"MLI", "NER"}),
    ("Mali and Niger's summit on Monday was held in Bamako.", "occurred", {"MLI", "NER"}),
]


def consults(text: str) -> list[tuple[str | None, set[str]]]:
    return [(e.status, countries(e.participants)) for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text, status, parties", ROWS)
def test_dated_meeting_subject_keeps_predicate(text, status, parties):
    assert (status, parties) in consults(text), events(text)


@pytest.mark.parametrize("text", [
    "Togo and Benin's summit next month could ease tensions.",
    "Togo and Benin's election next month will be held in March.",
])
def test_dated_subject_without_meeting_predicate(text):
    assert not consults(text), events(text)
