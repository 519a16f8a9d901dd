"""Storage: idempotent ingest, replacement of changed documents, cross-document merging, WAL."""
from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from readout.api import extract_text, run
from readout.store.db import Store
from readout.store.lean import reason_of


def dump(db: str) -> list:
    """The database's content without run-dependent timestamps: what 'the same database' means."""
    conn = sqlite3.connect(db)
    out = []
    for table in ("documents", "mentions", "persons", "aliases", "doc_events", "events", "near_duplicates"):
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in ("ingested_at", "updated_at")]
        out.append((table, sorted(map(tuple, conn.execute(f"SELECT {', '.join(cols)} FROM {table}")))))
    return out


def write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


MEETING_KO = "박진 외교부 장관은 13일(현지시간) 미국 워싱턴에서 토니 블링컨 미국 국무장관과 회담했다.\n양측은 북한의 도발을 규탄했다."
MEETING_EN = ("U.S. Secretary of State Antony Blinken met South Korean Foreign Minister Park Jin in Washington on "
              "Monday. The two ministers condemned North Korea's provocations.")


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "2022-06-14_ko.txt", MEETING_KO)
    write(folder, "2022-06-14_en.txt", MEETING_EN)
    return folder


def test_wal_mode_and_migrations(tmp_path):
    with Store(str(tmp_path / "r.db")) as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        names = [r[0] for r in store.conn.execute("SELECT name FROM migrations ORDER BY name")]
    assert names[0] == "0001_documents" and len(names) >= 4


def test_ingesting_twice_gives_the_same_database(corpus, tmp_path):
    db = str(tmp_path / "r.db")
    first = run([str(corpus)], db=db, progress=False)
    before = dump(db)
    second = run([str(corpus)], db=db, progress=False)
    assert first.new == 2 and second.unchanged == 2 and second.new == 0
    assert dump(db) == before


def test_one_meeting_in_two_languages_is_one_event(corpus, tmp_path):
    db = str(tmp_path / "r.db")
    run([str(corpus)], db=db, progress=False)
    with Store(db) as store:
        meetings = [e for e in store.events() if e["type"] == "CONSULT"]
    (meeting,) = meetings
    assert {s["doc"] for s in meeting["sources"]} == {"2022-06-14_ko.txt", "2022-06-14_en.txt"}
    assert meeting["date"] == "2022-06-13" and meeting["location"]["name"] == "Washington"
    for source in meeting["sources"]:
        assert set(source["actors"]) == {"per_park-jin", "per_antony-blinken"}


def test_merge_reasons_are_stored(corpus, tmp_path):
    db = str(tmp_path / "r.db")
    run([str(corpus)], db=db, progress=False)
    reasons = [reason_of(r[0]) for r in sqlite3.connect(db).execute("SELECT merge_reason FROM doc_events")]
    assert any(r["rule"] == "new event" for r in reasons)
    assert any("members" in r for r in reasons)


def test_a_changed_document_replaces_its_events(corpus, tmp_path):
    db = str(tmp_path / "r.db")
    run([str(corpus)], db=db, progress=False)
    write(corpus, "2022-06-14_ko.txt", "박진 외교부 장관은 13일 일본 도쿄에서 하야시 요시마사 일본 외무상과 회담했다.")
    report = run([str(corpus)], db=db, progress=False)
    assert report.replaced == 1
    with Store(db) as store:
        people = [{a["name"] for a in e["actors"]} for e in store.events() if e["type"] == "CONSULT"]
        docs = store.conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert {"Park Jin", "Yoshimasa Hayashi"} in people and {"Park Jin", "Antony Blinken"} in people
    assert docs == 2


def test_two_meetings_a_day_apart_in_one_city_stay_two(tmp_path):
    db = str(tmp_path / "r.db")
    with Store(db) as store:
        for day, doc in ((13, "a.txt"), (14, "b.txt")):
            text = f"박진 외교부 장관은 {day}일 워싱턴에서 블링컨 국무장관과 회담했다."
            store.save(extract_text(text, doc, date(2022, 6, 15)))
        meetings = [e for e in store.events() if e["type"] == "CONSULT"]
    assert sorted(e["date"] for e in meetings) == ["2022-06-13", "2022-06-14"]


def test_a_call_a_day_apart_across_time_zones_is_one_event(tmp_path):
    db = str(tmp_path / "r.db")
    with Store(db) as store:
        store.save(extract_text("박진 외교부 장관은 2일 블링컨 국무장관과 통화했다.", "ko.txt", date(2022, 11, 2)))
        store.save(extract_text("Secretary of State Antony Blinken spoke on November 1 with Foreign Minister "
                                "Park Jin.", "en.txt", date(2022, 11, 2)))
        meetings = [e for e in store.events() if e["type"] == "CONSULT"]
    assert len(meetings) == 1 and len(meetings[0]["sources"]) == 2


def test_event_ids_stay_when_sources_arrive(tmp_path):
    db = str(tmp_path / "r.db")
    with Store(db) as store:
        store.save(extract_text(MEETING_KO, "ko.txt", date(2022, 6, 14)))
        before = {e["id"] for e in store.events() if e["type"] == "CONSULT"}
        store.save(extract_text(MEETING_EN, "en.txt", date(2022, 6, 14)))
        after = {e["id"] for e in store.events() if e["type"] == "CONSULT"}
    assert before == after


def test_near_duplicate_documents_count_once(tmp_path):
    db = str(tmp_path / "r.db")
    copy = MEETING_EN + " (Reposted)"
    with Store(db) as store:
        store.save(extract_text(MEETING_EN, "wire.txt", date(2022, 6, 14)))
        result = store.save(extract_text(copy, "repost.txt", date(2022, 6, 14)))
        (meeting,) = [e for e in store.events() if e["type"] == "CONSULT"]
    assert result.near_duplicate_of == "wire.txt"
    assert len(meeting["sources"]) == 2 and meeting["n_sources"] == 1


def test_korean_full_text_search_finds_a_name_with_a_particle(tmp_path):
    db = str(tmp_path / "r.db")
    with Store(db) as store:
        store.save(extract_text(MEETING_KO, "ko.txt", date(2022, 6, 14)))
        hits = store.conn.execute("SELECT d.id FROM document_terms JOIN documents d"
                                  " ON d.terms_rowid = document_terms.rowid WHERE document_terms MATCH ?", ("블링컨",)).fetchall()
    assert [h[0] for h in hits] == ["ko.txt"]


def test_the_run_s_settings_reach_the_merge(corpus, tmp_path):
    """Settings are passed, not patched: a run built with a merge score no report reaches keeps the
    two reports apart, and the default run (above) merges them."""
    from readout.settings import SETTINGS

    strict = SETTINGS.replace(merge_min_score=99.0)
    db = str(tmp_path / "r.db")
    run([str(corpus)], db=db, progress=False, settings=strict)
    with Store(db, settings=strict) as store:
        meetings = [e for e in store.events() if e["type"] == "CONSULT"]
    assert len(meetings) == 2
