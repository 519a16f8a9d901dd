"""dates49: a counted span after the story's day ('Two days later, ...', 'a week earlier', '일주일 뒤', '열흘 뒤') moves
the story's day by that count, as 'a day later' and '이튿날' do (lexicon `date_narrative_re` and `counted_shift` in
lang/en/dates.py; `date_relative_narrative_days` in Korean): the next deed is that many days after the dated one
before it, not on its day nor on the publication's."""
from __future__ import annotations

import pytest

from readout.api import extract_text

PUB = "2026-06-20"


def dated(text: str, kind: str) -> list[tuple[str, str, str]]:
    return [(",".join(p.country for p in e.participants), ",".join(r.country for r in e.recipients), str(e.date))
            for e in extract_text(text, published=PUB).events if e.type == kind]


@pytest.mark.parametrize("text, kind, expected", [
    ("Ghana closed its border with Togo on June 2. Two days later, Togo recalled its ambassador to Ghana.",
     "SANCTION", ("TGO", "GHA", "2026-06-04")),
    ("Ecuador's navy seized a Peruvian fishing boat on June 3. Peru summoned Ecuador's ambassador three days later.",
     "ACCUSE", ("PER", "ECU", "2026-06-06")),
    ("Ghana closed its border with Togo on June 2. A week later, Togo recalled its ambassador to Ghana.",
     "SANCTION", ("TGO", "GHA", "2026-06-09")),
    ("가나는 지난 2일 토고와의 국경을 폐쇄했다. 일주일 뒤 토고는 가나 주재 대사를 소환했다.",
     "SANCTION", ("TGO", "GHA", "2026-06-09")),
    ("에콰도르 해군은 지난 3일 페루 어선을 나포했다. 열흘 뒤 페루는 에콰도르 대사를 추방했다.",
     "SANCTION", ("PER", "ECU", "2026-06-13")),
    ("에콰도르 해군은 지난 3일 페루 어선을 나포했다. 엿새 후 페루는 에콰도르 대사를 추방했다.",
     "SANCTION", ("PER", "ECU", "2026-06-09")),
])
def test_a_counted_span_moves_the_story_day(text, kind, expected):
    assert expected in dated(text, kind)


@pytest.mark.parametrize("text, kind, expected", [
    # negative: a span counted back to a recalled act ('a week after ...ing') still dates that act, not the sentence's
    ("Togo recalled its ambassador to Ghana on June 9, a week after Ghana closed its border.",
     "SANCTION", ("TGO", "GHA", "2026-06-09")),
    # negative: a span set beside the day it names ('일주일 뒤인 9일') leaves that day to the act
    ("가나는 지난 2일 토고와의 국경을 폐쇄했다. 토고는 일주일 뒤인 9일 가나 주재 대사를 소환했다.",
     "SANCTION", ("TGO", "GHA", "2026-06-09")),
])
def test_a_span_counted_back_or_beside_a_day_keeps_that_day(text, kind, expected):
    assert expected in dated(text, kind)
