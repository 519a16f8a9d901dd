"""Every index the store keeps is used by a query the store or the API runs, and every such query
searches by an index instead of scanning its table (EXPLAIN QUERY PLAN on a fresh database)."""
from __future__ import annotations

import pytest

from readout.store.blocks import BLOCK_SEARCH
from readout.store.db import Store
from readout.store.lean import SOURCES_SQL
from readout.store.links import LINKED
from readout.store.neardup import BAND_SEARCH
from readout.store.queries import SORTS, EventFilter, where


def filtered(**given) -> tuple[str, list]:
    """The events page's SQL for one filter, as readout.store.queries builds it."""
    f = EventFilter(**given, person_ids=[given["person"]] if "person" in given else None)
    clause, args = where(f)
    return f"SELECT e.record FROM events e WHERE {clause} ORDER BY {SORTS['-date']} LIMIT 50", args


QUERIES = {  # what runs it -> (SQL, parameters, the index it must use)
    "events page by type": (*filtered(type="CONSULT"), "events_type_date"),
    "events page from a date": (*filtered(date_from="2024-01"), "events_date"),
    "events page by status": (*filtered(status="occurred"), "events_status"),
    "events page by person": (*filtered(person="per_x"), "event_parties_entity"),
    "events page by country": (*filtered(country="KOR"), "event_parties_country"),
    "events page by words": (*filtered(q="summit"), "documents_terms"),
    "timeline by type": ("SELECT substr(e.date, 1, 7), count(*) FROM events e WHERE e.date IS NOT NULL"
                         " AND e.type = ? GROUP BY 1", ["CONSULT"], "events_type_date"),
    "composing: a record's parties": ("DELETE FROM event_parties WHERE event_id = ?", ["ev"], "event_parties_event"),
    "composing: an event's reports": ("SELECT record, doc_id FROM doc_events WHERE event_id = ? ORDER BY doc_id, key",
                                      ["ev"], "doc_events_event"),
    "composing: dirty events": ("SELECT id FROM events WHERE dirty = 1 ORDER BY id", [], "events_dirty"),
    "merging: an event's members": ("SELECT de.* FROM doc_events de JOIN documents d ON d.id = de.doc_id"
                                    " WHERE de.event_id = ? ORDER BY de.rowid LIMIT 5", ["ev"], "doc_events_event"),
    "merging: a document's other reports": ("SELECT key FROM doc_events WHERE type = 'CONSULT' AND doc_id IN (?)",
                                            ["a.txt"], "doc_events_doc"),
    "merging: candidates": ("SELECT event_id FROM event_blocks WHERE type = ? AND party IN (?) AND date BETWEEN ? AND ?",
                            ["CONSULT", "p", "2024-01-01", "2024-01-09"], "PRIMARY KEY"),
    # the statement the store runs (`blocks.BLOCK_SEARCH`, a document's ranges as one JSON list): each range is a
    # search of the primary key bounded by type, key and both ends of the date window, never a scan of a key's blocks
    "merging: a document's candidate ranges": (BLOCK_SEARCH, ['[[0, "CONSULT", "p", "2024-01-01", "2024-01-09"]]'],
                                               "PRIMARY KEY (type=? AND party=? AND date>? AND date<?)"),
    "replacing a document: its mentions": ("DELETE FROM mentions WHERE doc = (SELECT terms_rowid FROM documents"
                                           " WHERE id = ?)", ["a.txt"], "mentions_doc"),
    "near duplicates: a batch's band look-up": (BAND_SEARCH, ['[[0, 17], [1, -5]]'], "PRIMARY KEY"),
    "replacing a document: its bands (the cascade from documents)": ("DELETE FROM doc_bands WHERE doc = ?",
                                                                     [7], "doc_bands_doc"),
    "merging: a document's learned links": (f"SELECT form, person_id FROM aliases WHERE form IN (?, ?) AND {LINKED}",
                                             ["kimdoe", "leeroe"], "sqlite_autoindex_aliases_1"),
    "merging: whether any link was learned": (f"SELECT 1 FROM aliases WHERE {LINKED} LIMIT 1", [],
                                              "aliases_links"),
    "lean rows: an entity by content": ("SELECT id FROM entity_bodies WHERE digest = ?", [b"d"],
                                        "sqlite_autoindex_entity_bodies_1"),
    # exporting and composing: each source's document by its id (`lean.SOURCES_SQL`, the sources as one JSON list)
    "export: a record's sources with their documents": (SOURCES_SQL, ['[["a.txt", 0, 5], ["b.txt", 3, 9]]'],
                                                         "sqlite_autoindex_documents_1"),
}

SCANS_ALLOWED = {  # a scan a query cannot avoid, and why
    "merging: whether any link was learned": ("SCAN aliases USING INDEX aliases_links",
                                              "the first entry of the partial index of learned links alone"),
    "events page by words": ("SCAN event_parties", "a party's name containing the words: LIKE '%..%' has no index"),
}


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    store = Store(str(tmp_path_factory.mktemp("plans") / "r.db"))
    yield store.conn
    store.close()


def plan(conn, sql: str, args: list) -> list[str]:
    return [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, args)]


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_each_query_searches_by_its_index(conn, name):
    sql, args, index = QUERIES[name]
    steps = plan(conn, sql, args)
    assert any(index in step for step in steps), steps
    allowed = SCANS_ALLOWED.get(name, ("-",))[0]
    scans = [s for s in steps if s.startswith("SCAN") and "VIRTUAL TABLE" not in s and s != allowed]
    assert not scans, f"{name} scans a table: {steps}"


def test_every_index_is_used_by_a_query(conn):
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
    used = {index for _sql, _args, index in QUERIES.values()}
    assert indexes <= used, f"indexes no listed query uses: {sorted(indexes - used)}"


STORE_SCANS = {  # a scan a statement the store runs cannot avoid, and why
    "SCAN aliases USING INDEX aliases_links": "whether any link was learned: the partial index's first entry",
    "SCAN events USING INDEX events_date": "the export reads every event in date order",
}
CONSTRAINTS = "sqlite_autoindex_"  # a key's or a UNIQUE column's index: what INSERT OR REPLACE/IGNORE decides by


def traced_statements(path) -> tuple[Store, list[str]]:
    """Every statement a store runs storing a batch in each language, replacing a document, composing and exporting
    (sqlite3's trace gives each with its values)."""
    from tests.store.test_batches import articles
    from tests.store.test_store import MEETING_EN, MEETING_KO

    store = Store(str(path))
    ran: list[str] = []
    store.conn.set_trace_callback(ran.append)
    store.save_batch(articles(("ko.txt", MEETING_KO), ("en.txt", MEETING_EN), ("copy.txt", MEETING_EN + " (Reposted)")))
    store.compose_dirty()
    store.save_batch(articles(("ko.txt", MEETING_KO + "\n양측은 협력을 약속했다."), ("en.txt", MEETING_EN)))
    store.compose_dirty()
    list(store.events())
    store.conn.set_trace_callback(None)
    return store, [sql for sql in dict.fromkeys(ran) if sql.split(None, 1)[0].upper() in
                   ("SELECT", "INSERT", "UPDATE", "DELETE", "WITH", "REPLACE")]


def test_the_statements_the_store_runs_search_by_an_index_and_together_with_the_pages_use_every_index(tmp_path):
    """The listed queries above are written by hand; this reads the plans of what storing really runs, so a listed
    query that no longer matches the store's cannot hide an index nothing uses, nor a new statement a scan."""
    store, statements = traced_statements(tmp_path / "r.db")
    indexes = index_names(store.conn)
    used: set[str] = set()
    for sql in statements:
        steps = plan(store.conn, sql, [])
        scans = [s for s in steps if s.startswith("SCAN") and "VIRTUAL TABLE" not in s and s not in STORE_SCANS
                 and not s.startswith("SCAN main.document_terms_")]  # the full-text index's own tables
        assert not scans, f"{sql[:120]} scans a table: {steps}"
        used.update(word for step in steps for word in step.replace("(", " ").split() if word in indexes)
    pages = {QUERIES[name][2] for name in QUERIES if name.startswith(("events page", "timeline"))}  # the API's
    store.close()
    written = {i for i in indexes if not i.startswith(CONSTRAINTS)}
    assert written <= used | pages, f"indexes written that no statement uses: {sorted(written - used - pages)}"
    assert {"doc_events_event", "doc_events_doc", "mentions_doc"} <= used  # the trace read storing's statements


def index_names(conn) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
