"""The merged record of one event (readout/records.compose_event)."""
from __future__ import annotations

import pytest

from readout.records import compose_event


def report(doc: str, place: str) -> dict:
    return {"type": "CONSULT", "mode": None, "status": "occurred", "date": "2025-03-03", "date_precision": "day",
            "date_basis": "text", "location": {"name": place, "names": [], "country": "PER", "precision": "city"},
            "actors": [], "recipients": [], "contexts": [], "topics": [], "sources": [{"doc": doc, "start": 0, "end": 1}]}


def test_the_city_most_reports_name_is_the_place():
    """Two of three reports place the talks in Cusco: Cusco, whatever order the reports came in (the count used
    to be taken inside the sort, over a list `sort` empties while it runs, so the first city always won)."""
    members = [report("a.txt", "Lima"), report("b.txt", "Cusco"), report("c.txt", "Cusco")]
    assert compose_event("ev_x", members)["location"]["name"] == "Cusco"


def placed(doc: str, place: str, country: str, basis: str, precision: str = "city") -> dict:
    member = report(doc, place)
    member["location"] = {"name": place, "names": [], "country": country, "precision": precision}
    member["place_basis"] = basis
    return member


@pytest.mark.parametrize("members, expected", [
    # two reports filled a background visit's city, one states the meeting's own: the stated one
    ([placed("a.txt", "Lima", "PER", "document"), placed("b.txt", "Lima", "PER", "document"),
      placed("c.txt", "Cusco", "PER", "text")], "Cusco"),
    # a country the meeting's own sentence names beats another country's city taken from elsewhere
    ([placed("a.txt", "Santiago", "CHL", "document"), placed("b.txt", "Peru", "PER", "text", "country")], "Peru"),
    # ... and is refined by a city of its own country, wherever that came from
    ([placed("a.txt", "Peru", "PER", "text", "country"), placed("b.txt", "Lima", "PER", "document")], "Lima"),
    # places of one standing: a city first, then the one most reports give (as before)
    ([placed("a.txt", "Lima", "PER", "text"), placed("b.txt", "Cusco", "PER", "text"),
      placed("c.txt", "Cusco", "PER", "text")], "Cusco"),
])
def test_a_place_stated_for_the_meeting_beats_one_filled_from_elsewhere(members, expected):
    assert compose_event("ev_x", members)["location"]["name"] == expected


def _person(name: str, *names: str) -> dict:
    return {"kind": "person", "id": "per_p_x", "name": name, "names": list(names), "country": "CHN"}


@pytest.mark.parametrize("reports, name, names", [
    ([_person("왕원타오"), _person("Wang Wentao")], "Wang Wentao", ["왕원타오"]),             # Hangul only, then Latin
    ([_person("Wang Wentao", "왕원타오"), _person("Wang Wen-tao")], "Wang Wen-tao", ["Wang Wentao", "왕원타오"]),
    ([_person("Wang Wen-tao"), _person("Wang Wentao", "왕원타오")], "Wang Wen-tao", ["Wang Wentao", "왕원타오"]),
    ([_person("왕원타오"), _person("왕 원타오")], "왕원타오", ["왕 원타오"]),                 # no Latin form: the first
])
def test_a_merged_person_is_named_by_the_latin_form_a_report_wrote(reports, name, names):
    """Written in Latin letters beats read into them from Hangul, which beats Hangul (records.name_rank)."""
    from readout.records import union_entities

    (merged,) = union_entities([[r] for r in reports])
    assert (merged["name"], merged["names"]) == (name, names)


@pytest.mark.parametrize("reports, name, names", [
    # (speed60) a Hangul form a later report adds lowers the kept Latin name's standing (written -> read from Hangul):
    # the next report's own Latin spelling then takes its place, as when every rank was read afresh
    ([_person("Li Qiang"), _person("리창"), _person("Li Chang")], "Li Chang", ["Li Qiang", "리창"]),
    ([_person("Li Qiang"), _person("Li Qiang"), _person("리창"), _person("Li Qiang"), _person("Li Chang")],
     "Li Chang", ["Li Qiang", "리창"]),
    # one report's entity shared by several groups (lean.Entities shares them) is ranked once and stays unchanged
    ([_person("리창")] * 3 + [_person("Li Chang", "리창")] * 2, "Li Chang", ["리창"]),
])
def test_a_kept_name_is_ranked_again_once_a_report_changed_its_names(reports, name, names):
    from readout.records import union_entities

    before = [dict(r, names=list(r["names"])) for r in reports]
    (merged,) = union_entities([[r] for r in reports])
    assert (merged["name"], merged["names"]) == (name, names)
    assert reports == before  # the reports' own entities stay as they were


def dated(doc: str, day: str, basis: str = "text", precision: str = "day", window: list[str] | None = None,
          status: str = "occurred") -> dict:
    member = report(doc, "Lima")
    member.update({"type": "ASSAULT", "date": day, "date_basis": basis, "date_precision": precision,
                   "location": None, "status": status})
    member["sources"][0]["published"] = "2026-09-20"
    return member | ({"date_window": window} if window else {})


@pytest.mark.parametrize("members, expected", [
    # an English report states only the month ('struck the depots in September'), a Korean one's story gives the
    # day ('이날 ... 공습'): the day, whichever report came first
    ([dated("en.txt", "2026-09", precision="month"), dated("ko.txt", "2026-09-14", "narrative")],
     ("2026-09-14", "day")),
    ([dated("ko.txt", "2026-09-14", "narrative"), dated("en.txt", "2026-09", precision="month")],
     ("2026-09-14", "day")),
    # a stated day inside the month beats a story's day inside it too
    ([dated("a.txt", "2026-09", precision="month"), dated("b.txt", "2026-09-15", "narrative"),
      dated("c.txt", "2026-09-13")], ("2026-09-13", "day")),
    # a day inside the month's named part ('in mid-September') refines it
    ([dated("a.txt", "2026-09", precision="month", window=["2026-09-11", "2026-09-20"]),
      dated("b.txt", "2026-09-14", "narrative")], ("2026-09-14", "day")),
    # negative: a day outside that part is another day's story: the month stays
    ([dated("a.txt", "2026-09", precision="month", window=["2026-09-21", "2026-09-30"]),
      dated("b.txt", "2026-09-14", "narrative")], ("2026-09", "month")),
    # dates62: a window kept as its first day's month that runs into the next: a day inside it, in that next month
    ([dated("a.txt", "2026-08", precision="month", window=["2026-08-28", "2026-09-04"]),
      dated("b.txt", "2026-09-02", "narrative")], ("2026-09-02", "day")),
    # negative: a day of the next month past the window's end is another day's story
    ([dated("a.txt", "2026-08", precision="month", window=["2026-08-28", "2026-09-04"]),
      dated("b.txt", "2026-09-09", "narrative")], ("2026-08", "month")),
    # negative: a day of another month does not refine this one
    ([dated("a.txt", "2026-09", precision="month"), dated("b.txt", "2026-10-02", "narrative")], ("2026-09", "month")),
    # negative: a day taken from a publication is the report's, not the deed's
    ([dated("a.txt", "2026-09", precision="month"), dated("b.txt", "2026-09-20", "published")], ("2026-09", "month")),
    # negative: a story's day of a plan ('are to meet this month', told on the 3rd) is the day it was told
    ([dated("a.txt", "2026-09", precision="month", status="planned"),
      dated("b.txt", "2026-09-03", "narrative", status="planned")], ("2026-09", "month")),
    # ... but a plan's own stated day inside the month refines it ('will meet on September 24')
    ([dated("a.txt", "2026-09", precision="month", status="planned"),
      dated("b.txt", "2026-09-24", status="planned")], ("2026-09-24", "day")),
    # negative: a year refines to no day (a story's day inside a whole year says too little)
    ([dated("a.txt", "2026", precision="year"), dated("b.txt", "2026-09-14", "narrative")], ("2026", "year")),
])
def test_a_day_inside_the_stated_month_is_the_records_day(members, expected):
    merged = compose_event("ev_x", members)
    assert (merged["date"], merged["date_precision"]) == expected
