"""Every engine gives the same export: one process, `--workers 2` and `--engine dask` (a local
cluster), on dev + dev2 + our samples, starting from a database whose aliases an earlier run learned
(the run's knowledge is loaded once and handed to every worker)."""
from __future__ import annotations

import shutil

import pytest

from readout.cli import main
from tests.conftest import SAMPLES, need_shared, read_jsonl

ENGINES = {"one": [], "two": ["--workers", "2"], "dask": ["--engine", "dask", "--workers", "2"]}


def test_engines_give_identical_exports_with_aliases_learned_before(tmp_path):
    pytest.importorskip("distributed", reason="dask.distributed is not installed")
    teacher = tmp_path / "teacher.db"
    assert main(["run", str(SAMPLES), "--db", str(teacher), "--quiet"]) == 0  # learns aliases
    inputs = [str(need_shared("eval", "dev", "articles.jsonl")), str(need_shared("eval", "dev2", "articles.jsonl")),
              str(SAMPLES)]
    exports = {}
    for name, extra in ENGINES.items():
        db = tmp_path / f"{name}.db"
        shutil.copy(teacher, db)
        out = tmp_path / f"{name}.jsonl"
        assert main(["run", *inputs, "--db", str(db), "--out", str(out), "--quiet", *extra]) in (0, 1)
        exports[name] = sorted(read_jsonl(out), key=lambda e: e["id"])
    assert exports["one"]
    assert exports["two"] == exports["one"]
    assert exports["dask"] == exports["one"]


TEXTS = ["한국 외교부 장관은 13일 서울에서 일본 외무상과 회담하고 북한의 미사일 발사를 규탄했다.\n\n"
         "양측은 다음 달 도쿄에서 다시 만나기로 했다.",
         "Japanese Foreign Minister Kenji Sato met South Korean Foreign Minister Park Minho in Seoul on Tuesday.\n\n"
         "Sato condemned the missile launch by North Korea."]


@pytest.mark.parametrize("text", TEXTS)
def test_what_workers_send_back_stores_the_same(extract, text):
    """`for_store` drops the pipeline's working state; the store reads the same terms, body, events."""
    import dataclasses
    import pickle

    from readout.parallel import for_store
    from readout.store.neardup import bands, fingerprint, signature
    from readout.records import document_record
    from readout.store.terms import body_of, search_terms
    from readout.store.migrations import decompress_terms
    from readout.store.prepared import document_json, event_facts, mention_rows

    article = extract(text)
    sent = for_store(article)
    assert article.events, "the text should give events"
    assert sent.prepared.terms == search_terms(article)
    assert decompress_terms(sent.prepared.terms_z) == search_terms(article)
    assert (sent.prepared.languages, sent.prepared.segments, sent.prepared.boilerplate) == document_json(article)
    assert body_of(sent) == body_of(article)
    assert sent.prepared.records == [document_record(e, article) for e in article.events]
    assert (sent.prepared.events, sent.prepared.mentions) == (event_facts(article), mention_rows(article)[0])
    assert not sent.tokens and not sent.events and not sent.mentions  # rows travel instead of objects
    assert sent.fingerprint == fingerprint(body_of(article))  # what the store would compute, computed here
    assert sent.fingerprint.bands == bands(signature(body_of(article)))
    # the working state stays behind (what is sent instead, the fingerprint and the prepared rows, is
    # work the serial main process does not do)
    assert len(pickle.dumps(dataclasses.replace(sent, fingerprint=None, prepared=None))) < len(pickle.dumps(article))



# --- workers clean the documents: the main process sends them as read (`parallel.Job`) ----------------
PAGE_WITHOUT_TEXT = "<html><head><title></title></head><body><script>var menu = 1;</script></body></html>"
PAGE = f"<html><head><title>Talks</title></head><body><article><p>{TEXTS[1]}</p></article></body></html>"


@pytest.mark.parametrize("fields, expected", [
    ({"id": "a.txt", "text": TEXTS[1], "path": "in/a.txt"}, "article"),
    ({"id": "k.txt", "text": TEXTS[0], "path": "in/k.txt"}, "article"),
    ({"id": "p.html", "html": PAGE, "path": "in/p.html"}, "article"),
    ({"id": "feed.jsonl:3", "text": TEXTS[1], "path": "in/feed.jsonl", "line": 3}, "article"),
    ({"id": "empty", "path": "in/feed.jsonl", "line": 4}, "bad_record"),
    ({"id": "menu.html", "html": PAGE_WITHOUT_TEXT, "path": "in/menu.html"}, "bad_record"),
    ({"id": "long.txt", "text": "x" * 50, "path": "in/long.txt"}, "too_large"),
])
def test_from_raw_is_what_the_main_process_did(fields, expected):
    """`from_raw` (in a worker) gives the article `to_article` gave, hashed and numbered, or a reject
    naming the document and where it was read; an unchanged hash gives `Unchanged`."""
    from readout.ingest.article import to_article
    from readout.ingest.sources import RawDocument, Reject
    from readout.parallel import Unchanged, from_raw
    from readout.settings import Settings
    from readout.store.db import content_hash

    settings = Settings(max_extract_chars=40) if fields["id"] == "long.txt" else Settings()
    doc = RawDocument(**fields)
    got = from_raw(doc, None, settings)
    if expected != "article":
        assert isinstance(got, Reject)
        assert (got.doc, got.code, got.path, got.line) == (doc.id, expected, doc.path, doc.line)
        return
    article = to_article(doc, settings)
    assert (got.id, got.text, got.published, got.title) == (article.id, article.text, article.published, article.title)
    assert (got.digest, got.line) == (content_hash(article), doc.line)
    assert from_raw(doc, got.digest, settings) == Unchanged(doc.id)
    assert isinstance(from_raw(doc, "another hash", settings), type(article))


def test_workers_reject_and_skip_as_one_process_does(tmp_path):
    """Cleaning in the workers keeps the run's report: the same rejects (naming the document and its
    file, in input order), the same export, and on a second run the same documents unchanged."""
    from readout.api import run

    inputs = tmp_path / "in"
    inputs.mkdir()
    files = {"a.txt": TEXTS[1], "b.html": PAGE_WITHOUT_TEXT, "c.txt": TEXTS[0], "d.txt": "Too short.",
             "e.html": PAGE, "f.txt": TEXTS[1].replace("Tuesday", "Monday")}
    for name, text in files.items():
        (inputs / name).write_text(text, encoding="utf-8")
    seen = {}
    for workers in (1, 2):
        db, out = tmp_path / f"{workers}.db", tmp_path / f"{workers}.jsonl"
        first = run([str(inputs)], db=str(db), out=str(out), progress=False, workers=workers)
        again = run([str(inputs)], db=str(db), progress=False, workers=workers)
        seen[workers] = ([(r.doc, r.code, r.path) for r in first.rejected], out.read_text(encoding="utf-8"),
                         (first.read, first.new, first.unchanged), (again.read, again.new, again.unchanged))
    rejects, export, counts, counts_again = seen[1]
    # a document rejected by its extraction names its file too (budget52: `parallel.extract_or_error`)
    assert rejects == [("b.html", "bad_record", str(inputs / "b.html")), ("d.txt", "bad_record", str(inputs / "d.txt"))]
    assert export and counts == (6, 4, 0) and counts_again == (6, 0, 4)
    assert seen[2] == seen[1]


class Echo:
    """A pipeline that finds nothing: enough to follow documents through the worker processes."""

    def __init__(self):
        from readout.settings import Settings

        self.settings = Settings()

    def warm(self, codes=None):
        return self

    def __call__(self, article):
        return article


def test_worker_processes_read_a_bounded_window_ahead():
    """`processes` keeps input order and never reads more than its window ahead of the results taken,
    however slowly they are taken (so a slow store does not make the run hold the whole input)."""
    import time

    from readout.ingest.sources import RawDocument, Reject
    from readout.parallel import CHUNK, IN_FLIGHT_PER_WORKER, processes

    read = []

    def jobs():
        for n in range(300):
            read.append(n)
            text = TEXTS[n % 2] if n % 7 else None  # every seventh has no text: a reject
            yield RawDocument(f"doc{n}", text=text, path="in/feed.jsonl", line=n + 1), None

    window = 2 * IN_FLIGHT_PER_WORKER
    got, ahead = [], []
    for result in processes(jobs(), Echo(), 2):
        got.append(result)
        if len(got) % 50 == 1:
            time.sleep(0.3)  # a slow taker: the workers finish long before
        ahead.append(len(read) - len(got))
    assert [r.id if not isinstance(r, Reject) else r.doc for r in got] == [f"doc{n}" for n in range(300)]
    assert [isinstance(r, Reject) for r in got] == [n % 7 == 0 for n in range(300)]
    assert max(ahead) <= window + CHUNK


# --- the local Dask cluster's housekeeping (readout/cluster.py QUIET) ------------------------------------
def test_local_cluster_starts_with_housekeeping_turned_down(monkeypatch):
    """The workers, scheduler and nannies read their timers when built: the local cluster must be built
    with the worker profiler off and the event-loop ticks slowed, and forked from this (warm) process."""
    pytest.importorskip("distributed", reason="dask.distributed is not installed")
    import dask

    from readout import cluster

    seen = {}

    class Recorder:
        def __init__(self, **kwargs):
            seen.update({key: dask.config.get(key) for key in cluster.QUIET})
            seen["method"] = dask.config.get("distributed.worker.multiprocessing-method")
            seen["kwargs"] = kwargs

    class Warm:
        def warm(self, codes=None):
            seen["warmed"] = True
            return self

    monkeypatch.setattr(cluster, "LocalCluster", Recorder)
    before = dask.config.get("distributed.worker.profile.enabled")
    cluster.local_cluster(Warm(), 2)
    assert seen["distributed.worker.profile.enabled"] is False
    assert seen["distributed.admin.tick.interval"] == cluster.QUIET["distributed.admin.tick.interval"]
    assert seen["method"] == "fork" and seen["warmed"] and seen["kwargs"]["n_workers"] == 2
    assert dask.config.get("distributed.worker.profile.enabled") == before  # only while the cluster is built


# --- the cyclic collector during a run (parallel.collector) ----------------------------------------------
def test_collector_raises_the_young_threshold_for_a_run_and_restores_it():
    import gc

    from readout.parallel import collector
    from readout.settings import Settings

    before = gc.get_threshold()
    with collector(Settings(gc_young_objects=12345)):
        assert gc.get_threshold() == (12345, *before[1:])
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError), collector(Settings(gc_young_objects=4321)):
        raise RuntimeError("a failed run")
    assert gc.get_threshold() == before  # restored even when the run fails


def test_a_run_extracts_and_stores_under_the_raised_threshold(tmp_path, monkeypatch):
    """`api.run` holds the threshold while the engine extracts and the store saves, and gives it back."""
    import gc

    from readout import parallel
    from readout.api import run
    from readout.settings import Settings

    seen = []
    real = parallel.engine

    def spying_engine(*args):
        chosen = real(*args)

        def wrapped(jobs, pipeline):
            seen.append(gc.get_threshold()[0])
            return chosen(jobs, pipeline)
        return wrapped

    monkeypatch.setattr(parallel, "engine", spying_engine)
    (tmp_path / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    before = gc.get_threshold()
    report = run([str(tmp_path / "a.txt")], db=str(tmp_path / "a.db"), progress=False,
                 settings=Settings(gc_young_objects=23456))
    assert report.new == 1 and seen == [23456]
    assert gc.get_threshold() == before


def test_forked_workers_collect_at_the_runs_threshold():
    """Each worker process sets the run's threshold when it starts (it is the run's own process)."""
    import gc
    import multiprocessing

    from readout.parallel import init_worker
    from readout.settings import Settings

    class Pipeline:
        settings = Settings(gc_young_objects=34567)

    with multiprocessing.get_context("fork").Pool(1, initializer=init_worker, initargs=(Pipeline(),)) as pool:
        assert pool.apply(gc.get_threshold)[0] == 34567


def test_dask_plugin_gives_a_shared_workers_threshold_back():
    pytest.importorskip("distributed", reason="dask.distributed is not installed")
    import gc

    from readout.cluster import WarmPipeline
    from readout.settings import Settings

    class Pipeline:
        settings = Settings(gc_young_objects=45678)

        def warm(self, codes=None):
            return self

    before = gc.get_threshold()
    plugin = WarmPipeline("test-plugin", Pipeline())
    try:
        plugin.setup(None)
        assert gc.get_threshold()[0] == 45678
    finally:
        plugin.teardown(None)
    assert gc.get_threshold() == before


# --- tables built before the fork (parallel.build_tables) ---------------------------------------------
def test_build_tables_builds_each_uncalled_zero_argument_table_once(monkeypatch):
    """Tables cached once and not yet built are built; functions that take an argument, caches of many
    values, tables already built and modules outside lang/kb are left alone; a failing builder is left
    for its first use and does not stop the others."""
    import functools
    import sys
    import types

    from readout.parallel import build_tables, once_uncalled

    calls = []
    fake = types.ModuleType("readout.lang.fake_tables_for_test")
    other = types.ModuleType("readout.store.fake_tables_for_test")

    def cached_once(fn):
        fn.__module__ = fake.__name__
        return functools.lru_cache(maxsize=1)(fn)

    @cached_once
    def table():
        calls.append("table")
        return {"a": 1}

    @cached_once
    def with_default(limit=3):
        calls.append("with_default")
        return limit

    @cached_once
    def needs_argument(code):
        calls.append("needs_argument")

    @cached_once
    def built_already():
        calls.append("built_already")

    @cached_once
    def broken():
        calls.append("broken")
        raise ValueError("a data file this run never reads")

    @functools.lru_cache(maxsize=None)
    def many():
        calls.append("many")
    many.__module__ = fake.__name__

    @functools.lru_cache(maxsize=1)
    def elsewhere():
        calls.append("elsewhere")
    elsewhere.__module__ = other.__name__

    built_already()
    calls.clear()
    for name, value in {"table": table, "with_default": with_default, "needs_argument": needs_argument,
                        "built_already": built_already, "broken": broken, "many": many}.items():
        setattr(fake, name, value)
    other.elsewhere = elsewhere
    monkeypatch.setitem(sys.modules, fake.__name__, fake)
    monkeypatch.setitem(sys.modules, other.__name__, other)
    build_tables()
    assert sorted(calls) == ["broken", "table", "with_default"]
    assert table.cache_info().currsize == 1 and not once_uncalled(table)
    table()
    assert calls.count("table") == 1  # built once, before the fork
    with pytest.raises(ValueError):
        broken()  # its first use raises as it always did
