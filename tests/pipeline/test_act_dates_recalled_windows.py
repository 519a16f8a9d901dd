"""Dates of retold and background acts, both languages, end to end on our own sentences (dates50):
- an act told as done before the story's day with no day of its own ('앞서 ... 비판한 바 있다', 'has previously
  accused', 'has recently accused') is dated by the window of days up to the story's day, kept as a month with a
  `date_window`, not by the publication's or the story's one day (pipeline/act_dates.date_act, dating.recalled_window);
  its own day, where its words give one, still dates it;
- a statement whose reporting words name a week's part or a month after its verb ('said earlier this week that',
  'said last month that') is dated by those days, not by the story's day (act_dates.told_on);
- a recalled clause counted from the main clause's day whose subject is a state's common noun after its name or
  adjective ('a day after Chile's army raided', 'two days after Serbian troops shelled') is that many days before it
  (lexicon en `recalled_clause_after_re`, `date_recalled_shift_re`); Korean ('... 포격한 다음 날인 16일') is not read
  so yet: the stated day still dates the recalled clause;
- a deed a report tells with no day of its own, before the story has a day ('X said on Sunday that Y had shelled ...'),
  is dated by the days up to the report's, never by the publication's day after it (act_dates.told_before).
- an act its sentence fronts with an adverbial month that does not hold the day of a meeting of its sides told before
  ('In April, X expelled Y's ambassador' after talks in December) is that month's, not the meeting's
  (act_dates.own_day_word).
"""
from __future__ import annotations

import pytest

from tests.event_dates import dates_of


@pytest.mark.parametrize("text, published, kind, expected", [
    ("볼리비아 외교부는 16일 칠레 대사를 추방했다. 볼리비아 대통령은 앞서 칠레가 국경을 침범했다고 비난한 바 있다.",
     "2025-05-17", "ACCUSE", ("2025-05", "month", ("2025-05-09", "2025-05-16"))),
    ("Bolivia expelled Chile's ambassador on Friday. Bolivia's president has previously accused Chile of violating "
     "the border.", "2025-05-17", "ACCUSE", ("2025-05", "month", ("2025-05-09", "2025-05-16"))),
    ("Kenya has recently accused Uganda of arming rebels, officials said.", "2025-05-17", "ACCUSE",
     ("2025-05", "month", ("2025-05-10", "2025-05-17"))),
    # a window reaching back into the month before: kept by its first day's month
    ("가나 정부는 3일 토고 대사를 초치했다. 가나 대통령은 앞서 토고가 반군을 지원했다고 비난한 바 있다.",
     "2025-03-04", "ACCUSE", ("2025-02", "month", ("2025-02-24", "2025-03-03"))),
])
def test_a_recalled_act_with_no_day_of_its_own_is_a_window_before_the_story(text, published, kind, expected):
    assert expected in dates_of(text, published, kind)


@pytest.mark.parametrize("text, published, kind, expected", [
    # negatives: a recalled act with its own day keeps it; an act not told as earlier keeps the story's day
    ("볼리비아 외교부는 16일 칠레 대사를 추방했다. 볼리비아 대통령은 지난달 3일 칠레가 국경을 침범했다고 비난한 바 있다.",
     "2025-05-17", "ACCUSE", ("2025-04-03", "day", None)),
    ("Bolivia expelled Chile's ambassador on Friday. Bolivia's president accused Chile of violating the border.",
     "2025-05-17", "ACCUSE", ("2025-05-16", "day", None)),
])
def test_an_act_with_a_day_keeps_it(text, published, kind, expected):
    assert dates_of(text, published, kind) == [expected]


@pytest.mark.parametrize("text, published, expected", [
    ("Norway's foreign minister met Iceland's foreign minister in Oslo on Friday. Sweden's prime minister said earlier "
     "this week that the proposed treaty amounted to \"blackmail\" against Stockholm.", "2025-05-17",
     ("2025-05", "month", ("2025-05-12", "2025-05-17"))),
    ("Portugal's president met Spain's prime minister in Lisbon on Thursday. Morocco's foreign minister said last month "
     "that Spain's plan amounted to \"blackmail\".", "2025-05-17", ("2025-04", "month", None)),
])
def test_a_statement_told_in_a_span_of_days_takes_that_span(text, published, expected):
    assert expected in dates_of(text, published, "ACCUSE")


@pytest.mark.parametrize("text, published, kind, expected", [
    ("Chile's foreign ministry condemned Argentina on Friday, a day after Argentine troops shelled a border post.",
     "2025-05-17", "ASSAULT", "2025-05-15"),
    ("Bolivia expelled Chile's ambassador on Thursday, a day after Chile's army raided a border post.",
     "2025-03-14", "ASSAULT", "2025-03-12"),
    ("Croatia recalled its ambassador from Belgrade on Friday, two days after Serbian police detained three Croatian "
     "diplomats.", "2025-05-17", "COERCE", "2025-05-14"),
])
def test_a_recalled_clause_of_a_states_troops_is_counted_back(text, published, kind, expected):
    assert expected in [d for d, _, _ in dates_of(text, published, kind)]


def test_the_main_clause_keeps_its_own_day_after_a_counted_recall():
    """Negative: the count dates the recalled clause only, never the main clause that states its day."""
    text = "Chile's foreign ministry condemned Argentina on Friday, a day after Argentine troops shelled a border post."
    assert dates_of(text, "2025-05-17", "ACCUSE") == [("2025-05-16", "day", None)]


@pytest.mark.parametrize("text, published, expected", [
    ("Kenya's foreign ministry said on Sunday that Ugandan troops had shelled a border village.", "2025-05-19",
     ("2025-05", "month", ("2025-05-11", "2025-05-18"))),
    # negative: a story with a day of its own keeps dating the deed by it
    ("Ugandan troops massed on the border on Saturday. Kenya's foreign ministry said on Sunday that Ugandan troops had "
     "shelled a border village.", "2025-05-19", ("2025-05-17", "day", None)),
])
def test_a_reported_deed_with_no_day_is_before_the_report(text, published, expected):
    assert expected in dates_of(text, published, "ASSAULT")


@pytest.mark.parametrize("text, expected", [
    ("Kenya's president and Tanzania's president held talks in Arusha on Wednesday. In April, Kenya expelled "
     "Tanzania's ambassador.", ("2024-04", "month", None)),
    ("케냐 대통령과 탄자니아 대통령은 11일 아루샤에서 회담했다. 케냐는 4월에는 자국 주재 탄자니아 대사를 추방했다.",
     ("2024-04", "month", None)),
    # negative: a month that holds the meeting's day leaves the act at the meeting (act_dates.own_day_word)
    ("Kenya's president and Tanzania's president held talks in Arusha on Wednesday. In December, Kenya expelled "
     "Tanzania's ambassador.", ("2024-12-11", "day", None)),
])
def test_an_act_fronted_by_another_month_is_not_the_meetings(text, expected):
    """'In April, X expelled ...' told after talks of its sides in December: April's act, not the talks' day."""
    assert dates_of(text, "2024-12-12", "SANCTION") == [expected]
