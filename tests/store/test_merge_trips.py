"""Two stops of one trip: the same pair's talks a day apart in two cities, both stated in the meeting's own sentence,
stay two records (store/merge_dates.py `other_cities`); a day apart with one city, or one day with two cities, still
join (a time zone, or one outlet's wrong city). And a day apart in one city is a time zone when the two days are on
two calendars (merge_clocks.day_clock: a Seoul paper's unmarked day of a meeting abroad). Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.store.db import Store
from readout.settings import SETTINGS
from readout.store.lean import reason_of
from readout.store.merge_zones import hours_apart

MON, TUE, WED = date(2025, 9, 15), date(2025, 9, 16), date(2025, 9, 17)
EN_MON_BEIJING = ("Foreign Minister Cho Hyun met Chinese Foreign Minister Wang Yi in Beijing on Monday.", "en", MON)
EN_MON = ("Foreign Minister Cho Hyun met Chinese Foreign Minister Wang Yi on Monday.", "en", MON)
KO_TUE_SHANGHAI = ("조현 외교부 장관은 16일 상하이에서 왕이 중국 외교부장과 만났다.", "ko", TUE)
EN_MON_SHANGHAI = ("Foreign Minister Cho Hyun held talks with Chinese Foreign Minister Wang Yi in Shanghai on Monday.",
                   "en2", MON)
EN_TUE_SHANGHAI = ("Foreign Minister Cho Hyun held talks with Chinese Foreign Minister Wang Yi in Shanghai on Tuesday.",
                   "en2", TUE)
KO_MON_BEIJING = ("조현 외교부 장관은 15일 베이징에서 왕이 중국 외교부장과 회담했다.", "ko2", MON)


def meetings(tmp_path, reports) -> tuple[list[set[str]], list[dict]]:
    with Store(str(tmp_path / "r.db")) as store:
        for text, doc, published in reports:
            store.save(extract_text(text, doc, published))
        records = sorted(({s["doc"] for s in e["sources"]} for e in store.events() if e["type"] == "CONSULT"),
                         key=sorted)
        reasons = [reason_of(r) for (r,) in store.conn.execute("SELECT merge_reason FROM doc_events")]
    return records, reasons


@pytest.mark.parametrize("reports, expected", [
    ([EN_MON_BEIJING, KO_TUE_SHANGHAI], [{"en"}, {"ko"}]),
    ([KO_MON_BEIJING, EN_TUE_SHANGHAI], [{"en2"}, {"ko2"}]),
    ([EN_MON, KO_TUE_SHANGHAI], [{"en", "ko"}]),  # one city only: the day apart is a time zone
    ([KO_MON_BEIJING, EN_MON_SHANGHAI], [{"en2", "ko2"}]),  # one day: one outlet's city is wrong
], ids=["en-ko-two-stops", "ko-en-two-stops", "one-city-named", "one-day-two-cities"])
def test_two_stops_of_a_trip_stay_two(tmp_path, reports, expected):
    records, reasons = meetings(tmp_path, reports)
    assert records == expected
    if len(expected) == 2:
        assert any("in two cities" in str(r.get("refused")) for r in reasons)


KO_NY_LOCAL = ("조현 외교부 장관은 16일(현지시간) 뉴욕에서 왕이 중국 외교부장과 회담했다.", "ko", WED)
EN_NY_TUE = ("Foreign Minister Cho Hyun met Chinese Foreign Minister Wang Yi in New York on Tuesday.", "en", TUE)
KO_NY_SEOUL_DAY = ("조현 외교부 장관은 17일 뉴욕에서 왕이 중국 외교부장과 회담했다.", "ko2", WED)
KO_NY_SEOUL_DAY_BEFORE = ("조현 외교부 장관은 16일 뉴욕에서 왕이 중국 외교부장과 회담했다.", "ko3", TUE)
EN_NY_WED = ("Foreign Minister Cho Hyun met Chinese Foreign Minister Wang Yi again in New York on Wednesday.", "en2", WED)


@pytest.mark.parametrize("reports, expected", [
    ([KO_NY_LOCAL, EN_NY_TUE, KO_NY_SEOUL_DAY], [{"en", "ko", "ko2"}]),  # Seoul's 17th is New York's 16th
    ([EN_NY_TUE, KO_NY_SEOUL_DAY], [{"en", "ko2"}]),
    ([KO_NY_SEOUL_DAY_BEFORE, KO_NY_SEOUL_DAY], [{"ko2"}, {"ko3"}]),  # both on Seoul's calendar: two days
    ([EN_NY_TUE, EN_NY_WED], [{"en"}, {"en2"}]),  # both on New York's: two days
], ids=["local-en-seoul", "en-seoul", "two-seoul-days", "two-local-days"])
def test_a_day_apart_in_one_city_on_two_calendars_is_a_time_zone(tmp_path, reports, expected):
    assert meetings(tmp_path, reports)[0] == expected


def test_two_cities_on_two_calendars_are_one_meeting_with_a_wrong_city(tmp_path):
    """A Seoul paper's unmarked day of talks in Washington and a New York outlet's day before, in New York: the days
    are one on two calendars, and a city alone does not part them."""
    reports = [("Foreign Minister Cho Hyun met US Secretary of State Marco Rubio in New York on Tuesday.", "en", TUE),
               ("조현 외교부 장관은 17일 워싱턴에서 마르코 루비오 미국 국무장관과 회담했다.", "ko", WED)]
    assert meetings(tmp_path, reports)[0] == [{"en", "ko"}]


@pytest.mark.parametrize("country, lon, near", [("KOR", 116.4, True), ("KOR", -74.0, False), ("KOR", None, False)],
                         ids=["beijing", "new-york", "unknown"])
def test_hours_apart_from_the_clock_capital(country, lon, near):
    assert (hours_apart(country, lon) < SETTINGS.merge_same_calendar_hours) is near
