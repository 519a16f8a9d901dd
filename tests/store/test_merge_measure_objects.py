"""What a measure affects (`Event.measure`) kept on its report row (migration 0017) and weighed in merging
(store/merge_evidence.py `mode_evidence`): two documents telling two measures of one state on one day, each of
another object class, are two events; one measure told by two documents, or by one that names no object, stays
one. Names are invented."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.store.db import Store
from tests.store.stored import lettered, merge_reasons, records_of, saved

TUE, WED = date(2025, 6, 10), date(2025, 6, 11)

ACCORD = {
    "en": "Estonia suspended its fisheries accord with Georgia on Monday.",
    "ko": "에스토니아는 9일 조지아와의 어업 협정을 중단했다.",
}
BORDER = {
    "en": "Estonia closed two border crossings with Georgia on Monday.",
    "ko": "에스토니아는 9일 조지아와의 국경 검문소 두 곳을 폐쇄했다.",
}
ACCORD_AGAIN = {  # the same measure told by a later outlet in other words
    "en": "On Monday, Estonia suspended the fisheries agreement it had signed with Georgia.",
    "ko": "에스토니아 정부는 9일 조지아와의 어업 협정을 잠정 중단했다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_two_measures_of_one_state_on_one_day_told_by_two_documents_are_two(tmp_path, lang):
    with saved(tmp_path, *lettered((ACCORD[lang], TUE), (BORDER[lang], TUE))) as store:
        assert records_of(store, "SANCTION") == [{"a.txt"}, {"b.txt"}]
        assert "another measure's object: border vs accord" in merge_reasons(store, "b.txt", "SANCTION")


@pytest.mark.parametrize("first, second", [("en", "en"), ("ko", "ko"), ("en", "ko")])
def test_one_measure_told_twice_stays_one(tmp_path, first, second):
    with saved(tmp_path, *lettered((ACCORD[first], TUE), (ACCORD_AGAIN[second], WED))) as store:
        assert records_of(store, "SANCTION") == [{"a.txt", "b.txt"}]


def test_a_report_naming_no_object_joins_either(tmp_path):
    """'suspended cooperation with Georgia' names no object class: it may be the accord's suspension, and merges
    as before."""
    unnamed = "Estonia suspended cooperation with Georgia on Monday."
    with saved(tmp_path, *lettered((ACCORD["en"], TUE), (unnamed, TUE))) as store:
        kept = {m for (m,) in store.conn.execute("SELECT measure FROM doc_events WHERE type = 'SANCTION'")}
        assert kept == {"accord", None}
        assert records_of(store, "SANCTION") == [{"a.txt", "b.txt"}]


def test_the_export_of_one_measure_is_unchanged_by_its_stored_object(tmp_path):
    """The object class is a column of the report row, not a field of the record: the export does not show it."""
    with saved(tmp_path, *lettered((ACCORD["en"], TUE))) as store:
        (record,) = [e for e in store.events() if e["type"] == "SANCTION"]
        assert "measure" not in record
        assert store.conn.execute("SELECT measure FROM doc_events WHERE type = 'SANCTION'").fetchone()[0] == "accord"


def test_an_old_database_gains_the_measure_column_and_merges_its_reports_as_before(tmp_path):
    """A database written before migration 0017 has no measure column: opening it adds the column, keeps every
    report and event, and its reports (no measure named) take a later measure of another object, as before."""
    path = str(tmp_path / "r.db")
    with saved(tmp_path, *lettered((ACCORD["en"], TUE))) as store:
        store.conn.execute("ALTER TABLE doc_events DROP COLUMN measure")
        store.conn.execute("DELETE FROM migrations WHERE name = '0017_report_measure'")
        rows = store.conn.execute("SELECT * FROM doc_events ORDER BY key").fetchall()
        events = list(store.events())
    with Store(path) as migrated:
        assert [tuple(r)[:-1] for r in migrated.conn.execute("SELECT * FROM doc_events ORDER BY key")] == \
            [tuple(r) for r in rows]
        assert {r[0] for r in migrated.conn.execute("SELECT measure FROM doc_events")} == {None}
        assert list(migrated.events()) == events != []
        migrated.save(extract_text(BORDER["en"], "b.txt", TUE))
        assert records_of(migrated, "SANCTION") == [{"a.txt", "b.txt"}]  # the old report names no object
