"""dates41: a meeting recalled inside a background clause ('since X met Y in Z last August', '지난 8월 ... 회담한
이후') is dated by that clause's own time (month precision, counted back from the report), never the story's or the
report's day; a 'since' date outside the meeting word's clause ('their first talks since last August', 'has met Y
three times since last August') still leaves the meeting to its own clause (pipeline/meeting_build.pick_date)."""
from __future__ import annotations

import pytest

from readout.api import extract_text

PUB = "2026-11-13"  # a Friday


def meetings(text: str) -> list[tuple[str, str, str]]:
    return [(",".join(sorted(p.country for p in e.participants)), str(e.date), e.date_precision)
            for e in extract_text(text, published=PUB).events if e.type == "CONSULT"]


@pytest.mark.parametrize("text, expected", [
    ("Trade between the two neighbours has grown since Kenyan President William Ruto met Ugandan President Yoweri "
     "Museveni in Kampala last August, officials said on Thursday.", ("KEN,UGA", "2026-08-01", "month")),
    ("Ties have warmed since Chilean President Gabriel Boric held talks with Argentine President Javier Milei in "
     "Santiago last March, the two governments said.", ("ARG,CHL", "2026-03-01", "month")),
    ("양국 교역은 윌리엄 루토 케냐 대통령이 지난 8월 캄팔라에서 요웨리 무세베니 우간다 대통령과 회담한 이후 크게 "
     "늘었다고 케냐 정부가 12일 밝혔다.", ("KEN,UGA", "2026-08-01", "month")),
])
def test_a_meeting_recalled_after_since_takes_its_clause_month(text, expected):
    assert meetings(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # negative: the 'since' date names no meeting of its own clause: the meeting keeps its own day
    ("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Thursday, their first talks "
     "since last August.", ("KEN,UGA", "2026-11-12", "day")),
])
def test_a_since_date_outside_the_meeting_clause_is_not_its_day(text, expected):
    assert meetings(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # the same pair's recalled meeting is another occasion, not the story's meeting retold (consolidate.another_occasion)
    ("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Thursday. Trade has grown "
     "since Ruto met Museveni in Kampala last August.",
     [("KEN,UGA", "2026-11-12", "day"), ("KEN,UGA", "2026-08-01", "month")]),
    ("윌리엄 루토 케냐 대통령은 12일 나이로비에서 요웨리 무세베니 우간다 대통령과 회담했다. 양국 교역은 루토 대통령이 "
     "지난 8월 캄팔라에서 무세베니 대통령과 회담한 이후 크게 늘었다.",
     [("KEN,UGA", "2026-11-12", "day"), ("KEN,UGA", "2026-08-01", "month")]),
    # the word the time is counted from to the sentence's own verb names that meeting's parties: the story's day
    # (lexicon ko elapsed_to_main_after_re, Language.counted_to_main)
    ("루토 케냐 대통령은 지난 10일 무세베니 우간다 대통령과 회담한 지 사흘 만에 다시 만났다.",
     [("KEN,UGA", "2026-11-13", "day")]),
])
def test_a_recalled_meeting_of_the_same_pair_is_another_occasion(text, expected):
    assert sorted(meetings(text)) == sorted(expected)
