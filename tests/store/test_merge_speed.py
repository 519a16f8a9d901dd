"""What makes storing fast must not change a decision: facts kept per record equal facts computed
afresh, one candidate query per document finds what one query per report found, and a record stored
from the document values its reports were read with equals the one stored by asking SQL."""
from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest

from readout.settings import SETTINGS
from readout.store import blocks, merge, merge_dates
from readout.store.db import Store
from readout.store.lean import lean_event
from readout.store.merge import Member, Record, judge

D = date(2025, 5, 13)


def member(key, day, parties, basis="text", city=None, mode=None, kind="CONSULT", recipients=()):
    place = {"name": city, "precision": "city", "country": "XXX"} if city else None
    return Member(key, f"doc-{key}", kind, day, "day", basis, place, set(parties), set(recipients), mode,
                  place_basis=merge_dates.OWN_PLACE if city else None)


RECORDS = [  # an event's members, then a report weighed against them
    ([member("a", D, "AB"), member("b", D, "AB", city="Seoul")], member("n", D, "AB", city="Seoul")),
    ([member("a", D, "AB"), member("b", date(2025, 5, 14), "AB")], member("n", date(2025, 5, 16), "AB")),
    ([member("a", D, "ABC"), member("b", D, "AB", mode="phone")], member("n", D, "AC", city="Tokyo")),
    ([member("a", D, "AB", basis="narrative")], member("n", date(2025, 5, 15), "AB", basis="narrative")),
    ([member("a", D, "K", kind="ACCUSE", recipients="U")], member("n", D, "K", kind="ACCUSE", recipients="P")),
]


@pytest.mark.parametrize("members, new", RECORDS)
def test_a_record_judges_as_a_plain_list_of_its_members(members, new):
    kept = Record(members)
    kept.facts  # computed once, then kept
    assert judge(kept, new, SETTINGS, "ev") == judge(list(members), new, SETTINGS, "ev")


@pytest.mark.parametrize("members, new", RECORDS)
def test_facts_updated_member_by_member_equal_facts_computed_afresh(members, new):
    """A record's facts grow with each member that joins (`Facts.add`), and judge alike."""
    extra = [new, member("p", D, "ABD", city="Busan", mode="phone"), member("q", D, "AB", basis="published")]
    later = member("r", date(2025, 5, 14), "AB", city="Seoul")
    kept = Record(members[:1])
    for m in [*members[1:], *extra]:
        judge(kept, later, SETTINGS, "ev")  # facts and a date reading kept before each member joins
        kept.append(m)
    fresh = merge.Facts.of(list(kept))
    assert {k: v for k, v in vars(kept.facts).items() if k != "date_reads"} == \
           {k: v for k, v in vars(fresh).items() if k != "date_reads"}
    assert judge(kept, later, SETTINGS, "ev") == judge(list(kept), later, SETTINGS, "ev")


def test_a_record_forgets_its_facts_when_a_member_joins():
    kept = Record([member("a", D, "AB")])
    assert kept.facts.sides == {"A", "B"}
    kept.append(member("b", D, "ABC", city="Seoul"))
    assert kept.facts.sides == {"A", "B", "C"} and kept.facts.cities == {"Seoul"}


def test_reasons_list_members_alike_when_dates_repeat():
    """Twelve copies of one wire story: weighed once per date shape, every failing member still named."""
    members = [member(f"m{i}", D, "AB") for i in range(12)]
    v = judge(Record(members), member("n", date(2025, 5, 20), "AB"), SETTINGS, "ev")
    assert not v.ok and len(v.members) == merge.REASON_MEMBERS
    assert [d for d in v.disagreed if d.startswith("date:")] == [f"date: 7 days apart (doc-m{i})" for i in range(12)]


@pytest.fixture
def store(tmp_path):
    with Store(str(tmp_path / "s.db")) as s:
        yield s


def test_one_query_per_document_finds_each_reports_candidates(store):
    conn = store.conn
    rows = [("CONSULT", "A", "2025-05-13", "ev1"), ("CONSULT", "B", "2025-05-14", "ev2"),
            ("CONSULT", "C", "2025-05-01", "ev3"), ("ACCUSE", "A", "2025-05-13", "ev4")]
    conn.executemany("INSERT INTO event_blocks VALUES (?,?,?,?)", rows)
    news = [member("x", D, "AB"), member("y", D, "C"), member("z", None, "A"),
            member("w", D, "A", kind="ACCUSE"), member("v", date(2025, 6, 1), "A")]
    news[1].precision = "month"
    found = blocks.candidates_of(conn, news, SETTINGS)
    assert found == [blocks.candidate_ids(conn, m, SETTINGS) for m in news]
    assert found[:4] == [{"ev1", "ev2"}, {"ev3"}, set(), {"ev4"}]


def test_a_record_stored_from_known_document_values_is_the_one_sql_gives(store):
    conn = store.conn
    conn.execute("INSERT INTO documents (id, content_hash, url, languages, segments, text, boilerplate, ingested_at)"
                 " VALUES ('d1', '', 'https://example.org/a', '[]', '[]', 'Ministers met. They talked.', '[]', '')")
    sources = [{"doc": "d1", "url": "https://example.org/a", "text": "Ministers met.", "start": 0, "end": 14},
               {"doc": "d1", "url": "https://example.org/a", "text": "other words", "start": 15, "end": 27}]
    record = {"id": "ev", "sources": sources}
    known = {("d1", 0, 14): ("https://example.org/a", "Ministers met."),
             ("d1", 15, 27): ("https://example.org/a", "They talked.")}
    assert lean_event(conn, record, known) == lean_event(conn, record)
    stored = json.loads(lean_event(conn, record, {("d1", 0, 14): known[("d1", 0, 14)]}))  # one unknown: SQL
    assert [s.get("~") for s in stored["sources"]] == ["tu", "u"]


def test_a_records_kept_date_reading_gives_the_verdict_judged_afresh():
    """The second report of one date shape reads the record's kept reading; another shape, or another
    relation of the people (inferred days agree only for the same people), reads afresh."""
    kept = Record([member("a", D, "AB", basis="narrative"), member("b", D, "AB", basis="narrative")])
    reports = [member("n", date(2025, 5, 15), "AB", basis="narrative"), member("m", date(2025, 5, 15), "AB",
               basis="narrative"), member("o", date(2025, 5, 15), "ABC", basis="narrative"), member("p", D, "AB")]
    for m in [*kept, *reports]:
        m.published = D
    kept.facts_cache = None
    for new in reports * 2:
        assert judge(kept, new, SETTINGS, "ev") == judge(list(kept), new, SETTINGS, "ev")
    assert len(kept.facts.date_reads) == 3
    assert [judge(kept, new, SETTINGS, "ev").ok for new in reports] == [True, True, False, True]


def reference_candidates(conn, new: Member) -> set[str]:
    """What `candidates_of` must find: one plain search per block range."""
    return {r[0] for t, key, lo, hi in blocks.block_ranges(new, SETTINGS) for r in conn.execute(
        "SELECT event_id FROM event_blocks WHERE type = ? AND party = ? AND date BETWEEN ? AND ?", (t, key, lo, hi))}


def test_the_document_search_finds_what_a_search_per_range_finds(store):
    conn = store.conn
    rows = [("CONSULT", p, f"2025-05-{d:02d}", f"ev{p}{d}") for p in ("A", "B", "C", blocks.STATE_KEY + "KOR")
            for d in (1, 9, 12, 13, 14, 17, 18, 27)]
    conn.executemany("INSERT INTO event_blocks VALUES (?,?,?,?)", rows)
    news = [member("x", D, "AB"), member("y", D, "C", basis="published"), member("z", D, "A", basis="narrative"),
            member("w", date(2025, 5, 20), "BC"), member("v", D, "A")]
    news[4].precision = "month"
    news[0].homes = {"A": "KOR"}  # a person of Korea: searched under the state too
    found = blocks.candidates_of(conn, news, SETTINGS)
    assert found == [reference_candidates(conn, m) for m in news]
    assert "evstate:KOR13" in found[0] and "evstate:KOR13" not in found[1]  # a person of Korea searches its state
    assert {"evA1", "evA27"} <= found[4]  # a month-precision report: the whole month


def test_the_document_search_reads_the_block_index(store):
    plan = " ".join(r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + blocks.BLOCK_SEARCH, ("[]",)))
    assert "SEARCH b USING PRIMARY KEY (type=? AND party=? AND date>? AND date<?)" in plan


FULL = dataclasses.replace(SETTINGS, merge_members_checked=1)  # every record below is full: it keeps verdicts


@pytest.mark.parametrize("members, new", RECORDS)
def test_a_kept_verdict_equals_one_judged_afresh_and_is_a_copy(members, new):
    """`judge` with a report's `judge_key` reuses the verdict a full record keeps; each caller gets its
    own copy (weighing and storing append to a verdict's lists)."""
    kept = Record(members)
    key = merge.judge_key(new, FULL)
    first = judge(kept, new, FULL, "ev", key)
    first.agreed.append("changed by a caller")
    first.disagreed.append("changed by a caller")
    again = judge(kept, new, FULL, "ev", key)
    assert again == judge(list(members), new, FULL, "ev")
    assert again.kept is not None and kept.facts.verdicts[key] is again.kept


def test_a_record_keeps_verdicts_only_once_full_and_drops_them_when_a_member_joins():
    """A record still filling keeps none; a member that disagrees (a call against a meeting held in a
    city) changes the verdict at once."""
    new = member("n", D, "AB", city="Seoul")
    filling = Record([member("a", D, "AB")])
    judge(filling, new, SETTINGS, "ev", merge.judge_key(new, SETTINGS))
    assert not filling.facts.verdicts
    kept = Record([member("a", D, "AB")])
    key = merge.judge_key(new, FULL)
    assert judge(kept, new, FULL, "ev", key).ok and kept.facts.verdicts
    kept.append(member("b", D, "AB", mode="phone"))
    assert not kept.facts.verdicts
    assert not judge(kept, new, FULL, "ev", key).ok
    assert judge(kept, new, FULL, "ev", key) == judge(list(kept), new, FULL, "ev")


@pytest.mark.parametrize("differs", [
    lambda m: setattr(m, "parties", {"A", "C"}),
    lambda m: setattr(m, "date", date(2025, 5, 20)),
    lambda m: setattr(m, "mode", "phone"),
    lambda m: setattr(m, "names", {"A": ("Kim Doe", None)}),
    lambda m: setattr(m, "learned", {"A": "per_x"}),
    lambda m: setattr(m, "homes", {"A": "KOR"}),
    lambda m: setattr(m, "recipients", {"U"}),
])
def test_the_judge_key_holds_what_judging_reads(differs):
    new, other = member("n", D, "AB"), member("n", D, "AB")
    differs(other)
    assert merge.judge_key(new, SETTINGS) != merge.judge_key(other, SETTINGS)


def test_a_reason_is_written_from_the_kept_verdict_unless_the_copy_changed():
    from readout.store.lean import dumps

    kept = Record([member("a", D, "AB"), member("b", D, "AB", city="Seoul")])
    new = member("n", D, "AB", city="Seoul")
    key = merge.judge_key(new, FULL)
    judge(kept, new, FULL, "ev", key)
    copy = judge(kept, new, FULL, "ev", key)
    assert copy.reason_json(dumps) == dumps(copy.reason())
    assert kept.facts.verdicts[key].reason_text == dumps(copy.reason())
    copy.agreed.append("joint act: absorbed ev_2")
    assert copy.reason_json(dumps) == dumps(copy.reason())
    assert "joint act" in copy.reason_json(dumps)


@pytest.mark.parametrize("ids", [set(), {"cty_kor"}, {"per_p_kim", "cty_usa", "org_un"}, {"per_p_김"},
                                 {'a"b'}, {"a\\b"}, {"a\tb"}, {"é"}])
def test_a_party_list_is_written_as_json_dumps_writes_it(ids):
    from readout.store.event_rows import id_list

    assert id_list(ids) == json.dumps(sorted(ids))


def test_a_documents_learned_links_are_asked_once_and_equal_each_reports(tmp_path):
    """`learned_links_of` (one query per document) gives each report what `learned_links` gives it;
    a person whose forms were learned for two ids links nothing, nor a report without unknown persons."""
    from readout.store.links import LINK_REASON, learned_links, learned_links_of

    def report(*people):
        return {"actors": [{"id": pid, "kind": "person", "name": name} for pid, name in people], "recipients": []}

    with Store(str(tmp_path / "l.db")) as store:
        conn = store.conn
        rows = [("kimdoe", "per_kim", f"{LINK_REASON}: x"), ("leeroe", "per_lee", f"{LINK_REASON}: y"),
                ("twice", "per_one", f"{LINK_REASON}: z"),  # Lee Roe's second form: two ids, no link
                ("park", "per_park", "exact alias")]  # not a link merging made: never taken
        conn.executemany("INSERT INTO aliases VALUES (?, ?, ?, NULL, ?)", [(f, p, f, r) for f, p, r in rows])
        records = [report(("per_p_kim", "Kim Doe"), ("cty_kor", "Korea")), report(("per_p_lee", "Lee Roe")),
                   report(("cty_usa", "United States")), report(("per_p_park", "Park"))]
        records[1]["actors"][0]["names"] = ["twice"]
        found = learned_links_of(conn, records)
        assert found == [learned_links(conn, r) for r in records]
        assert found[0] == {"per_p_kim": "per_kim"} and found[1] == {} and found[2] == {} and found[3] == {}


def test_a_store_without_learned_links_does_not_look_names_up_until_it_learns_one(tmp_path, monkeypatch):
    """`EventWriter.learned_links_of` asks the aliases table only once the database holds a link merging
    learned (one index entry read per batch); the links it gives are those of `links.learned_links_of`,
    before and after a link is learned, and after a rollback."""
    from readout.store import events, links
    from readout.store.links import LINK_REASON

    asked = []
    real = links.learned_links_of
    monkeypatch.setattr(events, "learned_links_of", lambda conn, records: asked.append(1) or real(conn, records))
    record = {"actors": [{"id": "per_p_kim", "kind": "person", "name": "Kim Doe"}], "recipients": []}
    with Store(str(tmp_path / "l.db")) as store:
        writer = store.writer
        assert writer.learned_links_of([record]) == [{}] and asked == []  # nothing learned: not asked
        store.conn.execute("INSERT INTO aliases VALUES ('kimdoe', 'per_kim', 'Kim Doe', NULL, ?)",
                           (f"{LINK_REASON}: x",))
        assert writer.learned_links_of([record]) == [{}]  # known absent for this transaction
        writer.forget()  # a rollback, or the next batch (`save_batch`): asked again
        assert writer.learned_links_of([record]) == [{"per_p_kim": "per_kim"}] == real(store.conn, [record])
        assert asked == [1]


def test_the_learned_links_index_migration_upgrades_a_store_and_keeps_its_links(tmp_path):
    """A database from before 0015 opens, gains the index, and exports and links as before."""
    from readout.api import extract_text
    from readout.store.links import LINK_REASON

    path = str(tmp_path / "m.db")
    with Store(path) as store:
        store.save(extract_text("Foreign Minister Cho Hyun met Russian Deputy Foreign Minister Boris Vetrenko in "
                                "Seoul on March 3.", "en.txt", date(2025, 3, 4)))
        store.conn.execute("INSERT INTO aliases VALUES ('kimdoe', 'per_kim', 'Kim Doe', NULL, ?)",
                           (f"{LINK_REASON}: x",))
        store.conn.execute("DROP INDEX aliases_links")
        store.conn.execute("DELETE FROM migrations WHERE name = '0015_learned_links_index'")
        events = list(store.events())
    with Store(path) as migrated:
        indexed = migrated.conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'aliases_links'").fetchone()
        assert indexed[0] == 1
        assert list(migrated.events()) == events != []
        record = {"actors": [{"id": "per_p_kim", "kind": "person", "name": "Kim Doe"}], "recipients": []}
        assert migrated.writer.learned_links_of([record]) == [{"per_p_kim": "per_kim"}]
