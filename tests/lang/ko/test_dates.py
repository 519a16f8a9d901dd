from datetime import date

import pytest

from readout.lang.ko import dates
from readout.settings import SETTINGS


def find_dates(text, offset, ref):
    return dates.find_dates(text, offset, ref, SETTINGS.ko.unyeared_future_days)


REF = date(2024, 11, 15)


@pytest.mark.parametrize("text, expected, precision", [
    ("조 장관은 지난 14일 회담했다.", date(2024, 11, 14), "day"),
    ("양측은 2일(현지시간) 협의를 가졌다.", date(2024, 11, 2), "day"),
    ("회담은 지난달 18일 열렸다.", date(2024, 10, 18), "day"),
    ("회담은 오는 20일 열린다.", date(2024, 11, 20), "day"),
    ("2023년 2월 6일 서울에서 만났다.", date(2023, 2, 6), "day"),
    ("정상회의는 내달 열린다.", date(2024, 12, 1), "month"),
    ("장관은 어제 통화했다.", date(2024, 11, 14), "day"),
    ("지난 20일 만났다.", date(2024, 10, 20), "day"),  # 20th is after the 15th: last month
    ("지난 1월 취임했다.", date(2024, 1, 1), "month"),
])
def test_korean_dates_resolve_against_the_reference(text, expected, precision):
    found = [d for d in find_dates(text, 0, REF) if d.value]
    assert found and found[0].value == expected and found[0].precision == precision


def test_local_time_is_flagged():
    (d,) = find_dates("2일(현지시간) 워싱턴에서", 0, REF)
    assert d.local_time


def test_a_duration_is_not_a_date():
    assert not [d for d in find_dates("회담은 17일 만에 다시 열렸다.", 0, REF) if d.value]


def test_the_announcement_date_is_marked_as_reporting():
    (d,) = [d for d in find_dates("협의를 가졌다고 외교부가 30일 밝혔다.", 0, REF) if d.value]
    assert d.reporting


def test_narrative_day_is_left_for_the_story():
    (d,) = find_dates("양측은 이날 회담했다.", 0, REF)
    assert d.relative_to_narrative and d.value is None


@pytest.mark.parametrize("text, reporting", [
    ("14일 외교부는 양국 장관이 경제 협력 방안을 폭넓게 논의했다고 밝혔다.", True),
    ("14일 일본 외무성은 \"양측이 회담했다\"고 전했다.", True),
    ("14일 조 장관은 상대국 장관과 회담했다고 밝혔다.", False),  # a person's own account: the meeting's day
    ("외교부는 14일 양국 장관이 회담했다고 밝혔다.", False),  # inside the report: the reported day
    ("14일 정부는 추가 제재를 발표했다.", False),  # no report of another act
])
def test_a_date_opening_an_organs_report_dates_the_report(text, reporting):
    (d,) = [d for d in find_dates(text, 0, REF) if d.value]
    assert d.reporting is reporting


@pytest.mark.parametrize("text, pieces", [
    ("두 장관은 도쿄에서 만났다.14일 외교부는 이를 공개했다.", ["두 장관은 도쿄에서 만났다.", "14일 외교부는 이를 공개했다."]),
    ("정부는 북한의 핵?미사일 개발을 규탄했다.", ["정부는 북한의 핵?미사일 개발을 규탄했다."]),
    ("그는 \"규탄한다.\"고 말했다.", ["그는 \"규탄한다.\"고 말했다."]),
    ("그것이 사실일까? 아니다.", ["그것이 사실일까?", "아니다."]),
])
def test_sentences_glued_or_broken_by_scraping(text, pieces):
    from readout.lang.ko.sentences import split

    found = split(text, 5)
    assert [text[s.start - 5:s.end - 5] for s, _toks in found] == pieces
    assert all(toks[0][2] == 0 for _s, toks in found)  # morpheme offsets are the sentence's own


@pytest.mark.parametrize("words, expected", [
    (["어제", "오늘"], "(?=[어오])"),  # Hangul openings: a lookahead that skips other positions
    (["어제", r"\s*달"], ""),  # a regex source opening otherwise: no lookahead, never a lost match
    ([], ""),
])
def test_first_letters(words, expected):
    assert dates.first_letters(words) == expected


FRIDAY = date(2025, 9, 19)


@pytest.mark.parametrize("text, expected", [
    ("조 장관은 화요일 워싱턴에서 회담했다.", date(2025, 9, 16)),  # bare: on or before the reference
    ("양측은 금요일 통화했다.", date(2025, 9, 19)),
    ("양측은 지난 금요일 통화했다.", date(2025, 9, 12)),  # 지난: strictly before
    ("두 장관은 오는 화요일 만난다.", date(2025, 9, 23)),  # 오는: strictly after
    ("회담은 지난주 수요일 열렸다.", date(2025, 9, 10)),  # a week word names the week, Monday first
    ("회담은 다음 주 월요일 열린다.", date(2025, 9, 22)),
    ("정상은 이번 주 목요일 만났다.", date(2025, 9, 18)),
])
def test_a_weekday_resolves_against_the_reference(text, expected):
    found = [d for d in find_dates(text, 0, FRIDAY) if d.value]
    assert [(d.value, d.precision) for d in found] == [(expected, "day")]


@pytest.mark.parametrize("text, expected", [
    ("회담은 17일 화요일 열렸다.", [date(2025, 9, 17)]),  # the weekday of a stated day adds no date
    ("회담은 17일(수요일) 열렸다.", [date(2025, 9, 17)]),
    ("양국은 매주 화요일 협의한다.", []),  # a practice
])
def test_a_weekday_after_a_day_or_a_practice_is_no_date(text, expected):
    assert [d.value for d in find_dates(text, 0, FRIDAY) if d.value] == expected


@pytest.mark.parametrize("text, expected, precision", [
    ("회담은 23일 열릴 예정이다.", date(2025, 9, 23), "day"),  # a plan: a later day is this month's
    ("회담은 23일 열렸다.", date(2025, 8, 23), "day"),  # a past report: last month's
    ("회담은 15일 열릴 예정이다.", date(2025, 9, 15), "day"),  # an earlier day stays this month's
    ("23일 열릴 예정이었던 회담은 취소됐다.", date(2025, 8, 23), "day"),  # a past plan
    ("대통령은 12월 방한할 계획이라고 밝혔다.", date(2025, 12, 1), "month"),  # a plan: this year's December
])
def test_a_date_in_a_planned_clause_looks_ahead(text, expected, precision):
    found = [d for d in find_dates(text, 0, FRIDAY) if d.value]
    assert [(d.value, d.precision) for d in found] == [(expected, precision)]


@pytest.mark.parametrize("text, ref, expected", [
    ("장관은 지난주 브뤼셀에서 면담했다.", FRIDAY, date(2025, 9, 1)),  # a week: the month holding it
    ("양국은 이번 주 회담한다.", FRIDAY, date(2025, 9, 1)),
    ("양국은 다음 주 회담한다.", date(2025, 9, 26), date(2025, 9, 1)),  # 29 Sep - 5 Oct: its window's first month
    # (dates49: the window of its days starts in the record's month, as a part of a week's does)
    ("양국은 지난 주에 만났다.", date(2025, 10, 3), date(2025, 9, 1)),  # 22 - 28 Sep
])
def test_a_week_is_dated_by_its_month(text, ref, expected):
    found = [d for d in find_dates(text, 0, ref) if d.value]
    assert [(d.value, d.precision) for d in found] == [(expected, "month")]


def test_a_weekend_and_a_weekday_of_a_week_are_no_week():
    """The weekend is its own two days (dates56: `weekend_window`), not the week; the weekday is one day."""
    found = [d for d in find_dates("이번 주말 만난다. 지난주 수요일 만났다.", 0, FRIDAY) if d.value]
    assert [d.precision for d in found] == ["month", "day"]
    assert found[0].span.data.get("weekend") and found[0].span.data["window"] == (date(2025, 9, 20), date(2025, 9, 21))


@pytest.mark.parametrize("text", [
    "장관은 취임 12일 만의 첫 순방에 나섰다.",  # 만의
    "대통령은 취임 9일 만인 어젯밤에 출국했다.",  # 만인
    "양국 회담은 14일 만이다.",  # 만이다
    "두 정상은 3일여 만에 다시 만났다.",
])
def test_a_count_of_days_before_man_is_a_duration(text):
    assert not [d for d in find_dates(text, 0, REF) if d.value and d.precision == "day"], find_dates(text, 0, REF)


def test_a_year_with_its_month_is_that_years_month():
    found = [d for d in find_dates("시 주석은 지난 2019년 6월 평양을 방문했다.", 0, REF) if d.value]
    assert found and (found[0].value, found[0].precision) == (date(2019, 6, 1), "month")


@pytest.mark.parametrize("text, background", [
    ("양측은 지난 10일 이래 14일까지 세 차례 회담했다.", {"10일": True, "14일": True}),  # a range's two ends
    ("공습이 시작된 지난 8일 이래 사망자가 늘었다.", {"8일": True}),
    ("대통령은 지난 15일 방미 이래 여러 차례 회담했다.", {"15일": True}),  # a noun between the day and 이래
    ("장관은 16일부터 17일까지 일본을 방문했다.", {"16일": False, "17일": True}),  # the start dates the visit
    ("지난달 25일 회담한 지 25일 만에 다시 만났다.", {"25일": True}),  # 'since X happened': the earlier act's day
    ("두 장관은 14일 서울에서 회담했다.", {"14일": False}),
    ("의회는 2019년 5월 결의안을 채택 이후 처음으로 다시 표결한다.", {"5월": True}),  # since adopting it
])
def test_the_ends_of_a_range_are_background(text, background):
    from readout.kb.loader import kb
    from readout.lang.ko.language import Korean

    lang = Korean(SETTINGS.ko, kb())
    found = lang.marked_background(text, 0, [d for d in find_dates(text, 0, REF) if d.value])
    got = {text[d.span.start:d.span.end].split()[-1]: d.background for d in found}
    assert {k: got.get(k) for k in background} == background, got


DECEMBER = date(2026, 12, 18)


@pytest.mark.parametrize("text, expected", [
    ("양국 외교장관은 1월 5일 하노이에서 회담할 예정이다.", date(2027, 1, 5)),  # a plan: next January (yeardates48)
    ("두 특사는 2월 9일 만나기로 했다.", date(2027, 2, 9)),
    ("양국 외교장관은 1월 5일 하노이에서 회담했다.", date(2026, 1, 5)),  # a deed done: this year's
])
def test_a_planned_month_day_before_the_report_month_is_next_years(text, expected):
    found = [d for d in find_dates(text, 0, DECEMBER) if d.value]
    assert found and found[0].value == expected


WEDNESDAY = date(2026, 12, 2)


@pytest.mark.parametrize("text, window", [
    ("양국 장관은 지난주 말 리마에서 만났다.", (date(2026, 11, 26), date(2026, 11, 29))),  # (yeardates48)
    ("양국 장관은 이번 주 초 통화했다.", (date(2026, 11, 30), date(2026, 12, 2))),
    ("양국 장관은 지난주초 통화했다.", (date(2026, 11, 23), date(2026, 11, 25))),
    ("양국 장관은 다음 주 중반께 만날 예정이다.", (date(2026, 12, 9), date(2026, 12, 11))),
    # dates49: a week with no part gives all its days ('말레이시아' names no part)
    ("양국 장관은 지난주 만났다.", (date(2026, 11, 23), date(2026, 11, 29))),
    ("양국 장관은 다음 주 말레이시아를 방문한다.", (date(2026, 12, 7), date(2026, 12, 13))),
])
def test_a_part_of_a_week_gives_its_window_of_days(text, window):
    (d,) = find_dates(text, 0, WEDNESDAY)
    assert d.precision == "month" and d.span.data.get("window") == window
    assert window is None or d.value == window[0].replace(day=1)  # the month the window starts in


def test_a_weekend_is_no_part_of_a_week():
    """'지난 주말' is the weekend's two days (dates56), not the late part of last week (Thursday to Sunday)."""
    windows = [d.span.data.get("window") for d in find_dates("양국 장관은 지난 주말 통화했다.", 0, WEDNESDAY)]
    assert windows == [(date(2026, 11, 28), date(2026, 11, 29))]


@pytest.mark.parametrize("text, window, planned", [
    ("양국 장관은 지난 주말 통화했으며 다음 달 회담할 예정이다.", (date(2026, 11, 28), date(2026, 11, 29)), False),
    ("양국 장관은 주말 사이 회담할 예정이다.", (date(2026, 12, 5), date(2026, 12, 6)), True),
    ("양국 장관은 이번 주말 만난다.", (date(2026, 12, 5), date(2026, 12, 6)), True),
])
def test_a_weekend_behind_stays_behind_in_a_sentence_that_plans(text, window, planned):
    """dates56: a plan in the sentence reads a bare '주말' and '이번 주말' ahead, never '지난 주말'."""
    (d,) = [d for d in find_dates(text, 0, WEDNESDAY) if d.span.data.get("weekend")]
    assert d.span.data["window"] == window and bool(d.span.data.get("planned")) == planned


@pytest.mark.parametrize("text, stated", [
    ("발표 다음 날인 4일 경찰이 체포했다.", date(2024, 11, 4)),
    ("회담 이튿날인 지난 5일 합의했다.", date(2024, 11, 5)),
    ("같은 날인 3일 대사를 소환했다.", date(2024, 11, 3)),
])
def test_a_counted_day_beside_the_day_it_names_is_no_date_of_its_own(text, stated):
    """dates59: '다음 날인 4일': the stated day is the one; the count read from the story's last day could name another."""
    found = find_dates(text, 0, REF)
    assert [d.value for d in found] == [stated]


def test_a_counted_day_alone_is_still_read():
    (d,) = find_dates("발표 다음 날 경찰이 체포했다.", 0, REF)
    assert d.relative_to_narrative
