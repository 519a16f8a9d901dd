"""A time zone runs one way (store/merge_zones.py): a Seoul paper's day for a deed done far west of Seoul is that
place's day or the next, so a Seoul paper naming the day before a wire's day of one doer's deed of force reports
another deed; the day after is one deed a time zone apart. Our own sentences, and members built by hand."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.settings import SETTINGS
from readout.store.db import Store
from readout.store.merge_clocks import report_clock
from readout.store.merge_dates import DateKind, date_evidence
from readout.store.merge_members import Member
from readout.store.merge_zones import deed_site, hours_east, zone_runs_backwards

MON, TUE, WED = date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4)


def deed_records(tmp_path, reports, kind: str) -> list[set[str]]:
    """The records of type `kind`, as sets of their documents, after storing the reports in order."""
    with Store(str(tmp_path / "r.db")) as store:
        for text, doc, published in reports:
            store.save(extract_text(text, doc, published))
        return sorted(({s["doc"] for s in e["sources"]} for e in store.events() if e["type"] == kind), key=sorted)


@pytest.mark.parametrize("reports, kind, expected", [
    ([("프랑스 경찰은 2일 밤 파리 도심에서 최루탄을 쏘며 시위대를 해산했다.", "a", TUE),  # Seoul's day 2: Paris's 1 or 2
      ("French riot police fired tear gas at demonstrators in central Paris on Tuesday night.", "b", WED)],
     "ASSAULT", [{"a"}, {"b"}]),
    ([("Brazil deployed troops to the slums of Sao Paulo on Tuesday.", "a", WED),  # the wire's first
      ("브라질군은 2일 상파울루 빈민가에 병력을 배치했다.", "b", TUE)], "MOBILIZE", [{"a"}, {"b"}]),
    ([("프랑스 경찰은 3일 새벽 파리 도심에서 최루탄을 쏘며 시위대를 해산했다.", "a", TUE),  # Paris's Monday night is
      ("French riot police fired tear gas at demonstrators in central Paris on Monday night.", "b", TUE)],  # Seoul's 3
     "ASSAULT", [{"a", "b"}]),
    ([("Brazil deployed troops to the slums of Sao Paulo on Monday.", "a", TUE),
      ("브라질군은 3일 상파울루 빈민가에 병력을 배치했다.", "b", WED)], "MOBILIZE", [{"a", "b"}]),
], ids=["ko-east-earlier-two-deeds", "en-first-ko-earlier-two-deeds", "ko-east-later-one-deed", "ko-later-one-deed"])
def test_a_time_zone_runs_one_way(tmp_path, reports, kind, expected):
    assert deed_records(tmp_path, reports, kind) == expected


def deed(day: date, clock: str | None, kind: str = "MOBILIZE", basis: str = "text", home: str = "BRA",
         local_clock: str | None = None) -> Member:
    m = Member(f"k{day.day}{clock}", "d", kind, day, "day", basis, None, {"cty_x"}, set(), clock=clock,
               local_clock=local_clock)
    m.homes = {"cty_x": home}
    return m


@pytest.mark.parametrize("a, b, site", [
    (deed(MON, "ko"), deed(TUE, "en"), "BRA"),  # the Seoul paper's day the earlier: two deeds
    (deed(TUE, "en"), deed(MON, "ko"), "BRA"),  # either order
    (deed(MON, "ko"), deed(TUE, "en", basis="narrative"), "BRA"),  # the story's day is on the report's clock too
    (deed(TUE, "ko"), deed(MON, "en"), None),  # the Seoul paper's day the later: a time zone
    (deed(MON, "ko"), deed(TUE, "ko"), None),  # one clock: store/merge_forces.py's to judge
    (deed(MON, None), deed(TUE, "en"), None),  # '이날': no clock known
    (deed(MON, "ko", local_clock="ko"), deed(TUE, "en"), None),  # marked local time: the place's own day twice
    (deed(MON, "USA"), deed(TUE, "ko", home="PRK"), None),  # Washington behind Pyongyang: a time zone
    (deed(MON, "ko", home="PRK"), deed(TUE, "USA", home="PRK"), "PRK"),  # Washington's day the later: two deeds
    (deed(MON, "ko", home="JPN"), deed(TUE, "en", home="JPN"), None),  # Tokyo keeps Seoul's calendar
    (deed(MON, "ko", kind="ACCUSE"), deed(TUE, "en", kind="ACCUSE"), None),  # a statement: not a deed of force
    (deed(MON, "ko", basis="published"), deed(TUE, "en"), None),  # a publication's day is not the deed's
], ids=["ko-earlier", "en-first", "story-day", "ko-later", "one-clock", "no-clock", "marked-local",
        "washington-behind", "washington-later", "one-calendar", "statement", "published"])
def test_zone_runs_backwards(a, b, site):
    assert zone_runs_backwards(a, b, SETTINGS, report_clock) == site


def test_the_date_evidence_names_the_refusal():
    seen = date_evidence(deed(MON, "ko"), deed(TUE, "en"), SETTINGS)
    assert seen.kind is DateKind.ZONE_BACKWARDS and not seen.ok and "BRA" in seen.why
    assert date_evidence(deed(TUE, "ko"), deed(MON, "en"), SETTINGS).kind is DateKind.TIME_ZONE


def test_hours_east_keeps_the_date_line():
    assert hours_east("USA", "PRK", SETTINGS) < -12  # Washington runs over half a day behind Pyongyang
    assert hours_east("KOR", "FRA", SETTINGS) > 0
    assert hours_east("KOR", "JPN", SETTINGS) == 0.0  # within one calendar's hours


def test_deed_site_is_the_one_doers_state():
    assert deed_site(deed(MON, "ko")) == "BRA"
    two = deed(MON, "ko")
    two.parties = {"cty_x", "cty_y"}
    assert deed_site(two) is None  # joint drills of two: no one doer's place
