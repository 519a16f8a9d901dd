"""Dates of background acts a story tells beside its news, both languages, end to end on our own sentences (dates61):
- an act told as done before ('has previously accused', '비난한 바 있다') in a story of a meeting is no word said
  at that meeting: it takes the window of days up to the story's day, not the meeting's day
  (pipeline/act_dates.date_act);
- a deed told in the past perfect ('Uganda had imposed sanctions', 'after X had warned', '제재를 가했었다') came
  before the story's day: with no day of its own it takes the window of days up to the story's day (up to a report's
  day stated before the story has one), never the story's or the publication's one day; not a reported deed's shifted tense ('said Y had shelled')
  (lang/en/act_recalled_clauses.past_perfect,
  lang/ko/endings `pluperfect_ending`);
- a deed framed by a year pointing back ('last year', '지난해'; 'earlier this year', '올해 초': the language's
  `earlier` mark) with no day or month of its own takes the window of that year's days (this year's up to the story's
  day), kept as its first month, never the story's day nor a meeting's told before (act_dates.year_frame); this
  year's count ('twice this year') and a plan's year are no such frame;
- an earlier year as a bare Korean adverbial before a word of place or partner or a comma ('1963년 케냐에 ...',
  '1963년, ...') and an English sentence opening on it ('In 1963, ...') make the act history, as '1963년에' and
  'in 1963' did (lexicons `past_year_re`); a year naming the object ('2018년 합의를 파기했다', 'the 2018 agreement')
  does not.
"""
from __future__ import annotations

import pytest

from tests.event_dates import dates_of


@pytest.mark.parametrize("text, published, expected", [
    ("Chile's foreign minister met Peru's foreign minister in Lima on Tuesday. Chile has previously accused Bolivia "
     "of smuggling.", "2026-11-18", ("2026-11", "month", ("2026-11-10", "2026-11-17"))),
    ("칠레 외교장관은 17일 페루 외교장관과 회담했다. 칠레는 볼리비아를 비난한 바 있다.", "2026-11-18",
     ("2026-11", "month", ("2026-11-10", "2026-11-17"))),
    ("칠레 외교장관은 17일 페루 외교장관과 회담했다. 칠레는 앞서 볼리비아 외교관을 추방한 바 있다.", "2026-11-18",
     ("2026-11", "month", ("2026-11-10", "2026-11-17"))),
])
def test_an_act_told_as_done_before_is_not_said_at_the_storys_meeting(text, published, expected):
    kind = "SANCTION" if "추방" in text else "ACCUSE"
    assert dates_of(text, published, kind) == [expected]


@pytest.mark.parametrize("text, published, expected", [
    # negatives: a statement told plainly after the meeting is the meeting's
    ("Chile's foreign minister met Peru's foreign minister in Lima on Tuesday. Chile accused Bolivia of smuggling.",
     "2026-11-18", ("2026-11-17", "day", None)),
    ("칠레 외교장관은 17일 페루 외교장관과 회담했다. 칠레는 볼리비아를 비난했다.", "2026-11-18",
     ("2026-11-17", "day", None)),
])
def test_a_statement_told_plainly_keeps_the_meetings_day(text, published, expected):
    assert dates_of(text, published, "ACCUSE") == [expected]


@pytest.mark.parametrize("text, kind, expected", [
    ("Kenya condemned Uganda on Tuesday. Uganda had imposed sanctions on Kenya.", "SANCTION",
     ("2026-11", "month", ("2026-11-10", "2026-11-17"))),
    ("Kenya condemned Uganda on Tuesday. Ugandan police had already detained three Kenyan traders.", "COERCE",
     ("2026-11", "month", ("2026-11-10", "2026-11-17"))),
    ("Kenya's foreign minister met Uganda's foreign minister on Tuesday. Kenya had earlier accused Uganda of arming "
     "rebels.", "ACCUSE", ("2026-11", "month", ("2026-11-10", "2026-11-17"))),
    # a background clause: before the publication, not on its day
    ("Kenya condemned Uganda on Tuesday after Uganda had threatened to close the border.", "THREATEN",
     ("2026-11", "month", ("2026-11-11", "2026-11-18"))),
    # a report's day before the story has one ends a recent deed's window, not the publication's
    ("Kenya said on Sunday that Ugandan troops recently shelled a Kenyan village.", "ASSAULT",
     ("2026-11", "month", ("2026-11-08", "2026-11-15"))),
    ("케냐는 17일 우간다를 규탄했다. 우간다는 케냐에 제재를 가했었다.", "SANCTION",
     ("2026-11", "month", ("2026-11-10", "2026-11-17"))),
    ("칠레 외교장관은 17일 페루 외교장관과 회담했다. 칠레는 볼리비아를 비난했었다.", "ACCUSE",
     ("2026-11", "month", ("2026-11-10", "2026-11-17"))),
])
def test_a_past_perfect_deed_is_a_window_before_the_storys_day(text, kind, expected):
    assert dates_of(text, "2026-11-18", kind) == [expected]


@pytest.mark.parametrize("text, kind, expected", [
    # negatives: a past perfect deed with its own day keeps it; a simple past keeps the story's day
    ("Kenya condemned Uganda on Tuesday. Ugandan police had detained three Kenyan traders on Monday.", "COERCE",
     ("2026-11-16", "day", None)),
    ("Kenya condemned Uganda on Tuesday. Ugandan police detained three Kenyan traders.", "COERCE",
     ("2026-11-17", "day", None)),
    # a reported deed's past perfect is the report's shifted tense: the story's day as before
    ("Kenya condemned Uganda on Tuesday. Kenyan officials said Ugandan police had detained three Kenyan traders.",
     "COERCE", ("2026-11-17", "day", None)),
    ("케냐는 17일 우간다를 규탄했다. 우간다는 케냐에 제재를 가했다.", "SANCTION", ("2026-11-17", "day", None)),
    ("케냐는 17일 우간다를 규탄했다. 우간다는 16일 케냐에 제재를 가했었다.", "SANCTION", ("2026-11-16", "day", None)),
])
def test_a_deed_with_its_own_day_or_in_the_simple_past_keeps_its_day(text, kind, expected):
    assert dates_of(text, "2026-11-18", kind) == [expected]


@pytest.mark.parametrize("text, kind, expected", [
    ("Chile's president met Peru's president in Lima on Tuesday. Earlier this year, Chile expelled a Bolivian "
     "diplomat.", "SANCTION", ("2026-01", "month", ("2026-01-01", "2026-11-17"))),
    ("Kenya condemned Uganda on Tuesday. Uganda imposed sanctions on Kenya earlier this year.", "SANCTION",
     ("2026-01", "month", ("2026-01-01", "2026-11-17"))),
    ("Kenya condemned Uganda on Tuesday. Uganda imposed sanctions on Kenya last year.", "SANCTION",
     ("2025-01", "month", ("2025-01-01", "2025-12-31"))),
    ("케냐는 17일 우간다를 규탄했다. 우간다는 올해 초 케냐에 제재를 가했다.", "SANCTION",
     ("2026-01", "month", ("2026-01-01", "2026-04-30"))),  # dates62: the year's early part
    ("케냐는 17일 우간다를 규탄했다. 우간다는 지난해 케냐에 제재를 가했다.", "SANCTION",
     ("2025-01", "month", ("2025-01-01", "2025-12-31"))),
    ("칠레 외교장관은 17일 페루 외교장관과 회담했다. 칠레는 올해 초 볼리비아를 비난했다.", "ACCUSE",
     ("2026-01", "month", ("2026-01-01", "2026-04-30"))),  # dates62: the year's early part
])
def test_a_deed_framed_by_a_past_year_takes_that_years_window(text, kind, expected):
    assert dates_of(text, "2026-11-18", kind) == [expected]


@pytest.mark.parametrize("text, kind, published, expected", [
    # dates62: a part of the year ('early this year', 'at the start of last year', '올해 초', '지난해 초'; the lexicons'
    # `date_month_parts`) narrows the window to that part's months (dating.year_part_window), up to the story's day
    ("Kenya condemned Uganda on Tuesday. Early this year, Uganda imposed sanctions on Kenya.", "SANCTION",
     "2026-11-18", ("2026-01", "month", ("2026-01-01", "2026-04-30"))),
    ("Kenya condemned Uganda on Tuesday. At the start of last year, Uganda imposed sanctions on Kenya.", "SANCTION",
     "2026-11-18", ("2025-01", "month", ("2025-01-01", "2025-04-30"))),
    ("Kenya condemned Uganda on Tuesday. Early this year, Uganda imposed sanctions on Kenya.", "SANCTION",
     "2026-02-12", ("2026-01", "month", ("2026-01-01", "2026-02-10"))),
    ("케냐는 10일 우간다를 규탄했다. 우간다는 올해 초 케냐에 제재를 가했다.", "SANCTION",
     "2026-02-12", ("2026-01", "month", ("2026-01-01", "2026-02-10"))),
    ("케냐는 17일 우간다를 규탄했다. 우간다는 지난해 초 케냐에 제재를 가했다.", "SANCTION",
     "2026-11-18", ("2025-01", "month", ("2025-01-01", "2025-04-30"))),
    # negatives: 'earlier' names no part; the whole year's days up to the story's stay the window
    ("Kenya condemned Uganda on Tuesday. Uganda imposed sanctions on Kenya earlier this year.", "SANCTION",
     "2026-11-18", ("2026-01", "month", ("2026-01-01", "2026-11-17"))),
    ("케냐는 17일 우간다를 규탄했다. 우간다는 올해 케냐에 제재를 가했다.", "SANCTION",
     "2026-11-18", ("2026-11-17", "day", None)),
])
def test_a_part_of_the_year_narrows_its_window(text, kind, published, expected):
    assert dates_of(text, published, kind) == [expected]


@pytest.mark.parametrize("text, kind, expected", [
    # negatives: this year's count is no time gone by; a day beside the year dates the act
    ("Kenya condemned Uganda on Tuesday. Uganda has imposed sanctions on Kenya twice this year.", "SANCTION",
     ("2026-11-17", "day", None)),
    ("케냐는 17일 우간다를 규탄했다. 우간다는 올해 케냐에 두 차례 제재를 가했다.", "SANCTION",
     ("2026-11-17", "day", None)),
    ("Kenya condemned Uganda on Tuesday. Earlier this year, on March 3, Uganda imposed sanctions on Kenya.",
     "SANCTION", ("2026-03-03", "day", None)),
])
def test_a_count_of_this_year_or_a_stated_day_keeps_its_day(text, kind, expected):
    assert dates_of(text, "2026-11-18", kind) == [expected]


@pytest.mark.parametrize("text", [
    "케냐는 17일 우간다를 규탄했다. 우간다는 1963년 케냐에 제재를 가했다.",
    "케냐는 17일 우간다를 규탄했다. 우간다는 1963년, 케냐에 제재를 가했다.",
    "케냐는 17일 우간다를 규탄했다. 우간다는 1963년에 케냐에 제재를 가했다.",
    "Kenya condemned Uganda on Tuesday. In 1963, Uganda imposed sanctions on Kenya.",
    "Kenya condemned Uganda on Tuesday. Uganda imposed sanctions on Kenya in 1963.",
])
def test_a_deed_of_an_earlier_year_is_history(text):
    assert dates_of(text, "2026-11-18", "SANCTION") == []


@pytest.mark.parametrize("text, kind, expected", [
    # negatives: a year naming the act's object dates nothing
    ("케냐는 17일 우간다를 규탄했다. 우간다는 17일 2018년 합의를 파기했다.", "SANCTION", ("2026-11-17", "day", None)),
    ("칠레와 페루는 17일 2018년 합의에 따라 국경 조약에 서명했다.", "AGREE", ("2026-11-17", "day", None)),
    ("Kenya condemned Uganda on Tuesday. In a statement, Uganda rejected the 2018 agreement.", "REJECT",
     ("2026-11-17", "day", None)),
])
def test_a_year_naming_the_object_leaves_the_act_its_day(text, kind, expected):
    assert dates_of(text, "2026-11-18", kind) == [expected]
