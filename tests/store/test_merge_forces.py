"""Deeds of force of one doer on two stated days stay two records, though the days are one apart
(store/merge_forces.py); one deed told on its day by two outlets stays one, and a report on a clock far from the
doer's keeps the time zone's tolerance. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.store.db import Store
from readout.store.merge_forces import force_doer, forces_of_one_doer
from readout.store.merge_members import Member

MON, TUE, WED = date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4)


def deed_records(tmp_path, reports, kind: str) -> list[set[str]]:
    """The records of type `kind`, as sets of their documents, after storing the reports in order."""
    with Store(str(tmp_path / "r.db")) as store:
        for text, doc, published in reports:
            store.save(extract_text(text, doc, published))
        return sorted(({s["doc"] for s in e["sources"]} for e in store.events() if e["type"] == kind), key=sorted)


@pytest.mark.parametrize("reports, kind, expected", [
    ([("북한은 2일 동해상으로 탄도미사일을 발사했다.", "a", MON),
      ("북한은 3일 동해상으로 탄도미사일을 발사했다.", "b", TUE)], "MOBILIZE", [{"a"}, {"b"}]),
    ([("중국은 2일 대만 주변에서 대규모 군사훈련을 벌였다.", "a", MON),
      ("China staged large-scale military drills around Taiwan on Tuesday.", "b", WED)], "MOBILIZE", [{"a"}, {"b"}]),
    ([("Israel struck targets in southern Lebanon on Monday.", "a", MON),
      ("Israel struck targets in southern Lebanon on Tuesday.", "b", WED)], "ASSAULT", [{"a"}, {"b"}]),
    ([("러시아군은 2일(현지시간) 우크라이나 동부 도시를 공습했다.", "a", MON),  # marked local time: the doer's day
      ("Russia launched air strikes on an eastern Ukrainian city on Tuesday.", "b", WED)], "ASSAULT", [{"a"}, {"b"}]),
    ([("중국은 2일 대만 주변에서 대규모 군사훈련을 벌였다.", "a", MON),  # one deed, one day: one record
      ("China staged large-scale military drills around Taiwan on Monday.", "b", TUE)], "MOBILIZE", [{"a", "b"}]),
    ([("WASHINGTON, March 2 (AP) - North Korea fired a ballistic missile into the sea on Monday, officials said.",
       "a", MON),  # Washington's Monday is Pyongyang's Tuesday: a time zone apart
      ("북한은 3일 오전 동해상으로 탄도미사일을 발사했다.", "b", TUE)], "MOBILIZE", [{"a", "b"}]),
    ([("Russia launched large-scale naval drills in the Baltic Sea on Monday.", "a", MON),  # a Seoul paper's day of a
      ("러시아는 3일 발트해에서 대규모 해상 훈련을 시작했다.", "b", TUE)], "MOBILIZE", [{"a", "b"}]),  # far act: Seoul's
], ids=["ko-launches-two-days", "ko-en-drills-two-days", "en-strikes-two-days", "ko-local-time-en-two-days",
        "ko-en-one-day", "far-dateline-time-zone", "far-outlet-clock-time-zone"])
def test_deeds_of_force_on_two_days(tmp_path, reports, kind, expected):
    assert deed_records(tmp_path, reports, kind) == expected


def member(kind: str = "MOBILIZE", basis: str = "text", parties: frozenset[str] = frozenset({"cty_chn"})) -> Member:
    m = Member("k", "d", kind, MON, "day", basis, None, set(parties), set())
    m.homes = {p: "CHN" for p in parties}
    return m


@pytest.mark.parametrize("m, doer", [
    (member(), "CHN"),
    (member("ASSAULT"), "CHN"),
    (member(basis="narrative"), None),  # the story's day is the report's, not the deed's
    (member("ACCUSE"), None),  # a statement: store/merge_organs.py
    (member(parties=frozenset({"cty_chn", "cty_rus"})), None),  # joint drills of two: no one doer's clock
])
def test_force_doer(m, doer):
    assert force_doer(m) == doer


def test_forces_of_one_doer_need_the_same_doer():
    other = member()
    other.homes = {"cty_chn": "RUS"}
    assert forces_of_one_doer(member(), member()) == "CHN"
    assert forces_of_one_doer(member(), other) is None
