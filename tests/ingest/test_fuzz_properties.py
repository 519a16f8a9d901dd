"""Property tests of ingest and the run (harden54): random bytes, JSON lines and HTML in files of every kind readout
reads. For any such folder: the reader yields documents or named rejects and never raises; a run stores what it
stores once, and a second run over the same input changes no row of the SQLite store. Sentences are ours.
"""
from __future__ import annotations

import json
import sqlite3
import string
from pathlib import Path

from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from readout.api import run
from readout.ingest.sources import RawDocument, Reject, Skipped, read_documents

SENTENCES = [
    "The Peruvian foreign minister met his Moroccan counterpart in Rabat on Thursday.",
    "Ghana accused Togo of closing the border crossing near Aflao on Sunday.",
    "페루 외교장관은 목요일 라바트에서 모로코 외교장관과 회담했다.",
    "가나 정부는 일요일 토고가 국경 검문소를 폐쇄했다고 비난했다.",
]
SUFFIXES = [".txt", ".html", ".jsonl", ".json", ".rss", ".xml", ".md", ".bin", ""]
FIELDS = ["id", "text", "html", "url", "title", "published", "source", "date"]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
    | st.sampled_from(SENTENCES) | st.sampled_from(["2026-12-07", "2026-02-30", "\ud800", "x\udfff y"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8)
records = st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=6)
good_records = st.builds(lambda n, s, extra: {"id": f"doc-{n}", "text": s, **extra}, st.integers(0, 5),
                         st.sampled_from(SENTENCES), st.dictionaries(st.sampled_from(FIELDS[3:]), json_values,
                                                                     max_size=2))
json_line = st.one_of(records, good_records).map(lambda r: json.dumps(r).encode()) | st.binary(max_size=60) \
    | st.just(b"") | st.just(b"[1, 2]") | st.just(b'{"id": "d", "text": "' + b"[" * 300 + b'"}')
html_pages = st.builds(lambda tags, s: "".join(f"<{t}>" for t in tags) + s + "".join(f"</{t}>" for t in tags),
                       st.lists(st.sampled_from(["html", "body", "div", "p", "article", "script", "b"]), max_size=6),
                       st.sampled_from(SENTENCES)).map(str.encode)
contents = st.one_of(st.binary(max_size=200), html_pages, st.sampled_from(SENTENCES).map(str.encode),
                     st.lists(json_line, max_size=6).map(b"\n".join),
                     st.lists(st.one_of(records, good_records, json_values), max_size=5).map(
                         lambda items: json.dumps(items).encode()),  # a .json array (harden57)
                     st.just(b"<?xml version='1.0'?><rss><channel><item><link>https://x.example/1</link></item>"
                             b"</channel></rss>"))
files = st.lists(st.tuples(st.text(string.ascii_lowercase, min_size=1, max_size=6), st.sampled_from(SUFFIXES),
                           contents), max_size=5)


def write(folder: Path, spec) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n, (stem, suffix, data) in enumerate(spec):
        (folder / f"{n}-{stem}{suffix}").write_bytes(data)
    return folder


def dump(db: Path) -> dict[str, list]:
    """Every row of every table, sorted: what a second run must leave as it was."""
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND name NOT LIKE 'sqlite_%'")]
        return {t: sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"'))) for t in tables}
    finally:
        conn.close()


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(files)
def test_the_reader_yields_documents_or_named_rejects(tmp_path_factory, spec):
    folder = write(tmp_path_factory.mktemp("fuzz-read") / "in", spec)
    for item in read_documents([str(folder)]):  # an exception escaping fails the test
        if isinstance(item, Reject):
            assert item.code and item.reason.strip() and item.doc
            continue
        assert isinstance(item, RawDocument) and (item.text is not None or item.html is not None)
        for value in (item.id, item.text, item.html, item.url, item.title, item.source):
            if value is not None:
                value.encode("utf-8")  # no lone surrogate goes on
        assert all(code and reason for code, reason in item.notes)


@hsettings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(files)
def test_a_second_run_over_the_same_input_changes_no_row(tmp_path_factory, spec):
    base = tmp_path_factory.mktemp("fuzz-run")
    folder, db = write(base / "in", spec), base / "r.db"
    first = run([str(folder)], db=str(db), out=str(base / "first.jsonl"), progress=False)
    named = first.rejected + first.skipped + first.to_fetch + first.warnings
    assert all(r.code and r.reason for r in named)
    rows = dump(db)
    stored = [r[0] for r in sqlite3.connect(db).execute("SELECT id FROM documents")]
    assert len(stored) == len(set(stored)) == first.new
    again = run([str(folder)], db=str(db), out=str(base / "again.jsonl"), progress=False)
    assert (again.new, again.replaced, again.unchanged) == (0, 0, first.new)
    assert dump(db) == rows
    assert (base / "again.jsonl").read_bytes() == (base / "first.jsonl").read_bytes()
    assert sorted((r.doc, r.code) for r in again.rejected) == sorted((r.doc, r.code) for r in first.rejected)
    assert not [i for i in read_documents([str(folder)]) if isinstance(i, Skipped) and not i.reason]
