from datetime import date

import pytest

from readout.lang.en import dates
from readout.settings import SETTINGS


def find_dates(text, offset, ref):
    return dates.find_dates(text, offset, ref, SETTINGS.en.unyeared_future_days)


REF = date(2024, 11, 15)  # a Friday


@pytest.mark.parametrize("text, expected, precision", [
    ("They met on Thursday in Lima.", date(2024, 11, 14), "day"),
    ("They met on Nov. 14 in Lima.", date(2024, 11, 14), "day"),
    ("They met on November 2, 2023.", date(2023, 11, 2), "day"),
    ("They met on 28 February 2024.", date(2024, 2, 28), "day"),
    ("The two spoke yesterday.", date(2024, 11, 14), "day"),
    ("They met late last month.", date(2024, 10, 1), "month"),
    ("The talks were held on the 14th.", date(2024, 11, 14), "day"),
    ("They met on December 28.", date(2023, 12, 28), "day"),  # not a date far in the future
])
def test_english_dates_resolve_against_the_reference(text, expected, precision):
    found = [d for d in find_dates(text, 0, REF) if d.value]
    assert found and found[0].value == expected and found[0].precision == precision


def test_a_weekday_fixes_the_year_without_a_reference():
    (d,) = find_dates("in Quito, Ecuador, on Nov. 21, Thursday", 0, None)
    assert d.value == date(2024, 11, 21)


def test_the_day_something_was_said_is_reporting():
    found = find_dates("the foreign ministry said Sunday", 0, REF)
    assert found and found[0].reporting


def test_an_ordinal_in_a_name_is_not_a_date():
    assert not find_dates("the 5th Intergovernmental Negotiating Committee", 0, REF)


def test_a_second_day_joined_to_a_month_day_is_a_date_of_that_month():
    found = [d.value for d in find_dates("Missiles were fired on November 2 and 3.", 0, date(2024, 11, 15))]
    assert found == [date(2024, 11, 2), date(2024, 11, 3)]
    assert [d.value for d in find_dates("On November 2 and 300 people came.", 0, date(2024, 11, 15))] == \
        [date(2024, 11, 2)]


@pytest.fixture(scope="module")
def english():
    from readout.api import library_pipeline

    return library_pipeline().language("en")


@pytest.mark.parametrize("text, background", [
    # a trailing after-clause dates its own act, not the main clause's
    ("The North launched a missile on Sunday, its first this year, after firing shells on November 5 and 7.",
     [False, True, True]),
    ("Cho met Wang in Beijing, after flying in on Monday.", [True]),
    # the main clause's own date after a comma stays the story's
    ("After a long delay, Cho met Wang on Monday.", [False]),
    ("Cho met Wang on Monday, and the two agreed to meet again.", [False]),
])
def test_a_trailing_subordinate_clause_dates_its_own_act(english, text, background):
    found = english.find_dates(text, 0, REF)
    assert [d.background for d in found if d.precision == "day"] == background


@pytest.mark.parametrize("text, expected", [
    ("On Monday, Ruto is scheduled to host Lula in Nairobi.", date(2024, 11, 18)),
    ("Cho will travel to Jakarta on Tuesday.", date(2024, 11, 19)),
    ("Cho met Wang on Tuesday.", date(2024, 11, 12)),
    ("Cho, who met Wang on Tuesday, will fly to Tokyo next week.", date(2024, 11, 12)),
    ("Cho will meet Wang on Friday.", date(2024, 11, 15)),  # the report's own day stays that day
    ("The ministers on Tuesday affirmed that they will deepen cooperation.", date(2024, 11, 12)),
])
def test_a_weekday_in_a_planned_clause_counts_forward(text, expected):
    (d,) = [d for d in find_dates(text, 0, REF) if d.precision == "day"]
    assert d.value == expected


@pytest.mark.parametrize("text, expected", [
    ("The spokesman said Cho would meet Iwaya in Tokyo on Tuesday.", date(2024, 11, 19)),  # reported future
    ("Cho hopes to meet Iwaya on Tuesday.", date(2024, 11, 19)),
    ("They will discuss trade when they meet on Tuesday.", date(2024, 11, 19)),
    ("They discussed trade when they met on Tuesday.", date(2024, 11, 12)),
    ("Cho met Iwaya on Tuesday.", date(2024, 11, 12)),
])
def test_a_weekday_counts_forward_in_a_clause_about_what_is_ahead(text, expected):
    found = [d for d in find_dates(text, 0, REF) if d.value]
    assert found[0].value == expected


@pytest.mark.parametrize("text, reporting", [
    ("Cho, who met Iwaya in Tokyo on Tuesday, said the two agreed.", False),  # the relative clause's meeting
    ("The two met in Tokyo, the ministry said on Tuesday.", True),
    ("The ministry, on Tuesday, said the two met.", True),
    # an adverbial clause set off by commas dates its own act, as a relative one does
    ("Cho, speaking after meeting Iwaya in Tokyo on Tuesday, said the two agreed.", False),
    ("Cho, after talks with Iwaya in Tokyo on Tuesday, said the two agreed.", False),
])
def test_a_date_closing_a_relative_clause_is_no_report_date(text, reporting):
    (d,) = find_dates(text, 0, REF)
    assert d.reporting is reporting


@pytest.mark.parametrize("ref, text, expected", [
    # 'next Tuesday' is the Tuesday of the following week (weeks from Sunday): said on a Monday, eight days on
    (date(2024, 5, 20), "Cho will meet Kamikawa next Tuesday.", date(2024, 5, 28)),
    (date(2024, 5, 20), "Cho will meet Kamikawa next Sunday.", date(2024, 5, 26)),
    (date(2019, 8, 27), "Moon will meet Trump next Monday.", date(2019, 9, 2)),
    (date(2024, 5, 25), "Cho will meet Kamikawa next Monday.", date(2024, 5, 27)),
    # 'last Monday' said on a Monday is a week back, not the day itself
    (date(2024, 5, 20), "Cho met Kamikawa last Monday.", date(2024, 5, 13)),
    (date(2024, 5, 20), "Cho met Kamikawa last Thursday.", date(2024, 5, 16)),
])
def test_next_and_last_weekdays_count_whole_weeks(ref, text, expected):
    (d,) = [d for d in find_dates(text, 0, ref) if d.value]
    assert d.value == expected


@pytest.mark.parametrize("text, expected", [
    ("Cho met Kamikawa in Tokyo earlier this week.", date(2024, 5, 1)),
    ("Cho will meet Kamikawa in Tokyo later this week.", date(2024, 5, 1)),
    ("Cho will meet Kamikawa in Tokyo early next week.", date(2024, 5, 1)),
])
def test_a_part_of_a_week_is_one_date_of_the_weeks_month(text, expected):
    (d,) = find_dates(text, 0, date(2024, 5, 22))
    assert (d.value, d.precision) == (expected, "month")
    assert d.span.end - d.span.start == len(text.split("Tokyo ")[1].rstrip("."))  # the whole phrase, 'earlier' too


@pytest.mark.parametrize("text, expected, precision", [
    ("Cho met Kamikawa two days ago.", date(2024, 5, 20), "day"),
    ("Cho met Kamikawa the day before yesterday.", date(2024, 5, 20), "day"),
    ("Cho will meet Kamikawa the day after tomorrow.", date(2024, 5, 24), "day"),
    ("Cho met Kamikawa in mid-May.", date(2024, 5, 1), "month"),
    ("Cho met Kamikawa in early May.", date(2024, 5, 1), "month"),
])
def test_days_counted_from_the_report_and_parts_of_may(text, expected, precision):
    (d,) = [d for d in find_dates(text, 0, date(2024, 5, 22)) if d.value]
    assert (d.value, d.precision) == (expected, precision)


def test_may_the_modal_is_no_month():
    assert not find_dates("Cho may meet Kamikawa soon.", 0, date(2024, 5, 22))


@pytest.mark.parametrize("text, shift", [
    # 'a day after holding talks': a recalled act that many days from its clause's day, dating only the recalled act
    ("Cho left Beijing on Saturday, a day after holding talks with Wang.", -1),
    ("Cho flew home on Saturday, two days after his talks with Wang.", -2),
    ("Cho will meet Wang on Sunday, a day before the summit.", 1),
])
def test_days_counted_from_a_clause_date_a_recalled_act(english, text, shift):
    found = english.find_dates(text, 0, REF)
    counted = [d for d in found if d.relative_to_narrative]
    assert len(counted) == 1 and counted[0].span.data["shift"] == shift and counted[0].background
    assert not [d for d in found if not d.relative_to_narrative][0].background  # the clause's own day stays the story's


@pytest.mark.parametrize("text, background", [
    # an after-clause about a meeting ('After talks with X on Monday, Y said'): the date is the meeting's, held then
    ("After talks with Wang in Beijing on Monday, Cho said the two would meet again.", [False]),
    ("After North Korea fired a missile on Monday, Cho called for restraint.", [True]),
])
def test_an_after_clause_about_a_meeting_keeps_its_date(english, text, background):
    found = english.find_dates(text, 0, REF)
    assert [d.background for d in found if d.precision == "day"] == background


DECEMBER = date(2026, 12, 18)  # a Friday


@pytest.mark.parametrize("text, expected", [
    ("The two envoys will meet on Jan. 5 in Hanoi.", date(2027, 1, 5)),  # a plan: next January (yeardates48)
    ("The envoys are scheduled to hold talks on February 9.", date(2027, 2, 9)),
    ("The two envoys met on Jan. 5 in Hanoi.", date(2026, 1, 5)),  # a deed done: this year's
])
def test_a_planned_month_day_before_the_report_month_is_next_years(text, expected):
    found = [d for d in find_dates(text, 0, DECEMBER) if d.value]
    assert found and found[0].value == expected


@pytest.mark.parametrize("text, ref, expected", [
    # a Saturday report: Sunday's vote is tomorrow, its eve today (yeardates48)
    ("The envoy met the premier on the eve of Sunday's runoff.", date(2026, 12, 5), date(2026, 12, 5)),
    ("The envoy met the premier on the eve of last Sunday's runoff.", date(2026, 12, 5), date(2026, 11, 28)),
    ("The envoy met the premier on the eve of Tuesday's runoff.", date(2026, 12, 5), date(2026, 11, 30)),  # done: behind
    ("The envoy will meet the premier on the eve of Tuesday's runoff.", date(2026, 12, 5), date(2026, 12, 7)),
])
def test_the_weekday_an_eve_counts_from_may_lie_ahead(text, ref, expected):
    assert [d.value for d in find_dates(text, 0, ref) if d.value] == [expected]


WEDNESDAY = date(2026, 12, 2)


@pytest.mark.parametrize("text, window", [
    ("The ministers met late last week in Lima.", (date(2026, 11, 26), date(2026, 11, 29))),  # (yeardates48)
    ("The ministers spoke early this week.", (date(2026, 11, 30), date(2026, 12, 2))),
    ("The ministers will meet at the end of next week.", (date(2026, 12, 10), date(2026, 12, 13))),
    # dates49: 'earlier' names no part: the week's days up to the report's; a bare week all its days
    ("The ministers spoke earlier this week.", (date(2026, 11, 30), date(2026, 12, 2))),
    ("The ministers will meet later this week.", (date(2026, 12, 2), date(2026, 12, 6))),
    ("The ministers met last week.", (date(2026, 11, 23), date(2026, 11, 29))),
])
def test_a_part_of_a_week_gives_its_window_of_days(text, window):
    (d,) = find_dates(text, 0, WEDNESDAY)
    assert d.precision == "month" and d.span.data.get("window") == window
    assert window is None or d.value == window[0].replace(day=1)  # the month the window starts in
