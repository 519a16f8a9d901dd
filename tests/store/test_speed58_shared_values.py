"""speed58 (issue 20): values shared instead of copied on the store's per-report path, the stored rows unchanged.

- a record's kept verdict is frozen (`Verdict.frozen`) and each later report of its shape gets a `shared` copy: its
  own `agreed` and `disagreed`, the sides, reported parties, date readings and links shared;
- a document's person mentions are handled once per entity object and surface (`db.distinct_persons`);
- a report's record is built in one dict (`records.document_record`), its optional fields in their fixed order.
"""
from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from readout.model import Article, Entity, Event
from readout.records import document_record
from readout.settings import SETTINGS
from readout.store import merge, merge_dates
from readout.store.db import distinct_persons
from readout.store.merge import judge
from readout.store.merge_members import Member, Record
from readout.store.merge_verdict import Verdict

D = date(2025, 4, 9)
FULL = dataclasses.replace(SETTINGS, merge_members_checked=1)  # every record below keeps verdicts


def member(key: str, parties: str, city: str | None = None, basis: str = "text") -> Member:
    place = {"name": city, "country": "KOR", "precision": "city"} if city else None
    return Member(key, f"doc_{key}", "CONSULT", D, "day", basis, place, set(parties), set(), None,
                  place_basis=merge_dates.OWN_PLACE if city else None)


RECORDS = [
    ([member("a", "AB")], member("n", "AB")),
    ([member("a", "AB", city="Busan"), member("b", "AB")], member("n", "AB", city="Busan")),
    ([member("a", "AB")], member("n", "ABC")),  # a larger meeting: refused, with reasons
    ([member("a", "AB", basis="published")], member("n", "AB", basis="narrative")),
]


@pytest.mark.parametrize("members, new", RECORDS)
def test_a_kept_verdict_is_frozen_and_its_copies_share_it(members, new):
    record = Record(members)
    key = merge.judge_key(new, FULL)
    first = judge(record, new, FULL, "ev", key)
    kept = record.facts.verdicts[key]
    assert first.kept is kept and kept.kept is None
    assert isinstance(kept.sides, frozenset) and isinstance(kept.reported, frozenset)
    assert isinstance(kept.members, tuple)
    again = judge(record, new, FULL, "ev", key)
    assert again.kept is kept and again == kept == judge(list(members), new, FULL, "ev")
    assert (again.sides, again.reported, again.members, again.linked) == (kept.sides, kept.reported, kept.members,
                                                                          kept.linked)
    assert again.agreed is not kept.agreed and again.disagreed is not kept.disagreed


@pytest.mark.parametrize("members, new", RECORDS)
def test_what_a_caller_appends_to_a_copy_stays_in_that_copy(members, new):
    record = Record(members)
    key = merge.judge_key(new, FULL)
    judge(record, new, FULL, "ev", key)
    kept = record.facts.verdicts[key]
    agreed, disagreed = list(kept.agreed), list(kept.disagreed)
    one = judge(record, new, FULL, "ev", key)
    one.agreed.append("joint act: absorbed ev_2")
    one.disagreed.append("another report of this document joined it")
    other = judge(record, new, FULL, "ev", key)
    assert (kept.agreed, kept.disagreed) == (agreed, disagreed) == (other.agreed, other.disagreed)


@pytest.mark.parametrize("change", [
    lambda v: v.sides.add("Z"),
    lambda v: v.reported.discard("A"),
])
def test_a_shared_value_cannot_be_changed_through_a_copy(change):
    members, new = RECORDS[0]
    record = Record(members)
    key = merge.judge_key(new, FULL)
    judge(record, new, FULL, "ev", key)
    with pytest.raises(AttributeError):
        change(judge(record, new, FULL, "ev", key))


def test_a_verdicts_date_readings_are_written_as_a_list_was():
    """`Verdict.members` is a tuple now: the stored reason's JSON is the one a list gave."""
    from readout.store.lean import dumps

    reading = {"with": "a", "doc": "d", "date": "same day", "date_kind": "same_day"}
    v = Verdict("ev", True, 1.3, 1.0, agreed=["same parties"])
    v.members += (reading,)
    assert dumps(v.reason()) == dumps({**v.reason(), "members": [reading]})


KIM = Entity("person", "per_p_kim", "Kim Ha-neul", ["김하늘"], "KOR", "government", "foreign minister")
KIM_AGAIN = dataclasses.replace(KIM)  # another object of the same person
DURAND = Entity("person", "per_p_durand", "Marie Durand", ["마리 뒤랑"], "FRA")


@pytest.mark.parametrize("persons, expected", [
    ([(KIM, "Kim"), (KIM, "Kim"), (KIM, "Kim")], [(KIM, "Kim")]),
    ([(KIM, "Kim"), (DURAND, "Durand"), (KIM, "Kim"), (DURAND, "Marie Durand")],
     [(KIM, "Kim"), (DURAND, "Durand"), (DURAND, "Marie Durand")]),
    ([(KIM, "김하늘"), (KIM, "Kim")], [(KIM, "김하늘"), (KIM, "Kim")]),  # two surfaces: two name forms to keep
    ([(KIM, "Kim"), (KIM_AGAIN, "Kim")], [(KIM, "Kim"), (KIM_AGAIN, "Kim")]),  # two objects: the store compares them
    ([], []),
])
def test_a_documents_persons_are_handled_once_per_entity_and_surface(persons, expected):
    got = distinct_persons(persons)
    assert [(id(e), s) for e, s in got] == [(id(e), s) for e, s in expected]


def test_a_person_named_again_writes_the_same_rows(tmp_path):
    """Storing a document that names one person five times writes what storing it named once writes."""
    from readout.store.db import Store

    def stored(times: int, name: str) -> tuple:
        with Store(str(tmp_path / name)) as store:
            for e, surface in distinct_persons([(KIM, "Kim")] * times + [(DURAND, "Durand")]):
                store.upsert_person(e)
                store.record_alias(surface, e, "doc.txt")
            return (store.conn.execute("SELECT * FROM persons ORDER BY rowid").fetchall(),
                    store.conn.execute("SELECT * FROM aliases ORDER BY rowid").fetchall())

    assert stored(5, "five.db") == stored(1, "one.db")


def event(**fields) -> Event:
    return Event("CONSULT", None, "occurred", [KIM], [DURAND], lang="en",
                 **({"date": date(2025, 3, 3), "date_precision": "day", "date_basis": "text"} | fields))


FIXED = ["id", "type", "mode", "status", "date", "date_precision", "date_basis", "location", "place_basis", "actors",
         "recipients", "contexts", "topics", "generic", "sources"]


@pytest.mark.parametrize("fields, extra", [
    ({}, []),
    ({"date_relative": True}, ["date_relative"]),
    ({"clock": "KOR", "matter": ("trade",)}, ["clock", "matter"]),
    ({"date_relative": True, "clock": "FRA", "matter": ("defence", "pact"), "matter_contexts": ("military",)},
     ["date_relative", "clock", "matter", "matter_contexts"]),
    ({"date": date(2025, 3, 1), "date_precision": "month", "date_window": (date(2025, 3, 21), date(2025, 3, 31)),
      "clock": "KOR"}, ["date_window", "clock"]),
])
def test_a_reports_record_keeps_its_keys_in_their_order(fields, extra):
    article = Article("doc.txt", "Kim met Durand in Paris.", published=date(2025, 3, 4))
    record = document_record(event(**fields), article)
    assert list(record) == FIXED + extra
    assert all(isinstance(record[k], list) for k in ("matter", "matter_contexts") if k in record)
