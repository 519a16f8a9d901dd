"""Where extraction runs: in this process, in N local processes, or on a Dask cluster.

Extraction is per document and needs nothing but the document and the run's pipeline (its settings
and knowledge), so it parallelizes; storing and merging stay in this process, in input order, so every
engine gives the same database and export. Workers receive the same pipeline value: forked processes
inherit it warm (Kiwi and the indexes loaded before the fork); Dask workers get it once each (scattered
to every worker) and build their languages on their first batch.

What travels to a worker is a `Job`: the document as read (id, text or HTML, metadata) and the content
hash the store holds for its id. The worker cleans it into an `Article` (`ingest.article.to_article`:
HTML parsing, text cleaning, dates from metadata), hashes it and extracts it only when it changed, so
that the serial main process reads, stores and merges and does nothing per document the workers can do.
"""
from __future__ import annotations

import dataclasses
import gc
import inspect
import itertools
import multiprocessing
import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, TypeVar

from readout import cache_patterns, cache_uses
from readout.errors import ReadoutError
from readout.ingest.sources import RawDocument, Reject, is_archive
from readout.model import Article
from readout.pipeline import Pipeline
from readout.lang import REGISTRY, languages_in  # after the pipeline, which loads it: the order of loading kept
from readout.settings import SETTINGS, Settings

T = TypeVar("T")
Job = tuple[RawDocument, str | None]  # a document as read and the content hash stored for its id, if any
BATCH = 64  # documents per Dask task: one task per document would pay the scheduler per document
CHUNK = 4  # documents per trip to a local worker process
IN_FLIGHT_PER_WORKER = 8 * CHUNK  # documents read ahead per worker process: enough to keep it busy
GATE_POLL_SECONDS = 0.1  # how often a reader held back checks that the run still takes results

_WORKER: dict[str, Pipeline] = {}  # the pipeline a forked worker inherited, set once by `init_worker`


@dataclass
class Unchanged:
    """A document the store already holds with the same content hash: not extracted again."""
    id: str


Result = Article | ReadoutError | Reject | Unchanged  # what an engine yields per job, in input order


@contextmanager
def collector(settings: Settings) -> Iterator[None]:
    """The cyclic garbage collector's young generation raised to `settings.gc_young_objects` for a run,
    restored after it. Why: extraction makes many short-lived containers (spans, tuples, dicts), and at
    CPython's default threshold (700) the collector ran every few sentences, each pass walking what the
    document had built so far; with 20,000 a run executes about 2% fewer instructions (callgrind, 100
    documents of bench_run's corpus), every value the same. Cyclic garbage waits longer to be freed: a few
    megabytes at most, against the half gigabyte the models hold. The old threshold comes back even when
    the run fails, so a library caller's process keeps its own setting."""
    before = gc.get_threshold()
    gc.set_threshold(settings.gc_young_objects, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


TABLE_MODULES = ("readout.lang", "readout.kb")  # where the extraction's tables are built on first use
NOT_PREBUILT = "not_prebuilt"  # (speed54) the mark of a table's source that `build_tables` leaves for its first use:
# GeoNames' cities (`kb/geonames.geonames_cities`), from which the start-up cache keeps every table a document reads


def build_tables(codes: Iterable[str] | None = None) -> int:
    """Build, in this process, every table the language and knowledge modules build on first use: each
    function of theirs, already imported, cached once (`functools.lru_cache(maxsize=1)`), taking no
    argument and not yet called. Returns how many were built.

    Why: the warm-up document reaches only some of them (a weapon word list, the world leaders' index,
    transliteration skeletons of known names, ...), so each forked worker built the rest again on its
    first documents: two workers made 11% more Python calls than one process on the same documents.
    Built before the fork, they are shared (about 50 ms of tables per worker, measured). A table whose
    builder fails is left for its first use, which raises as it always did: a table this run never
    reads must not stop it. With `codes`, a language's own folder is skipped unless it is among them (its
    model, Kiwi, is such a table: `Pipeline.warm`). A table marked `NOT_PREBUILT` is skipped (speed54): it is what
    other tables are built from, kept on disk, and no document of a warm process reads it but a rare one (its
    first reader reads it then, as a load); built here, every `--workers` run read GeoNames' cities (0.24 s, 58 MB
    kept for the run's life) that its start-up cache had made needless."""
    built = 0
    for name, module in table_modules(codes):
        for value in list(vars(module).values()):
            if getattr(value, "__module__", None) == name and once_uncalled(value) \
                    and not getattr(value, NOT_PREBUILT, False):
                try:
                    value()
                except Exception:  # noqa: BLE001 - see the docstring: left for its first use
                    continue
                built += 1
    return built


def table_modules(codes: Iterable[str] | None = None) -> list[tuple[str, object]]:
    """The imported modules whose tables `build_tables` builds: the language and knowledge modules, without the
    folders of languages not in `codes` (all of them when it is None)."""
    skipped = tuple(folder for code, folder in language_folders().items() if codes is not None and code not in codes)
    return [(name, module) for name, module in list(sys.modules.items())
            if module is not None and name.startswith(TABLE_MODULES) and not (name + ".").startswith(skipped)]


def language_folders() -> dict[str, str]:
    """Each registered language's package, as a module-name prefix ('readout.lang.<code>.')."""
    return {code: path.split(":")[0].rsplit(".", 1)[0] + "." for code, path in REGISTRY.items()}


def warm_codes(jobs: Iterable[Job], peek: int) -> tuple[set[str], Iterator[Job]]:
    """The languages the first `peek` jobs may be read in (`lang.languages_in` of their text, HTML and title), and
    the jobs, those first ones included, to run. Why a peek: forked workers share what their parent loaded
    before the fork, and a batch with no Korean document needs no Kiwi (about 3 s of CPU and 0.5 GB loaded for
    nothing); a Korean document after the peek is read as well, its worker loading Kiwi itself."""
    it = iter(jobs)
    first = list(itertools.islice(it, peek))
    codes = languages_in("")  # the default language, even for no document
    for doc, _stored in first:
        for text in (doc.text, doc.html, doc.title):
            if text:
                codes |= languages_in(text)
    return codes, itertools.chain(first, it)


def counted(jobs: Iterable[T], peek: int) -> tuple[int | None, Iterator[T]]:
    """How many jobs there are when fewer than `peek` (None: at least that many), and the jobs, all of them, to run.
    Why: a worker of a run this small hashes its near-duplicate signatures without importing numpy (`for_store`)."""
    it = iter(jobs)
    first = list(itertools.islice(it, peek))
    return (len(first) if len(first) < peek else None), itertools.chain(first, it)


def once_uncalled(value) -> bool:
    """A function cached once (maxsize 1), never called, callable without arguments."""
    info = getattr(value, "cache_info", None)
    if not callable(info):
        return False
    stats = info()
    if stats.maxsize != 1 or stats.currsize:
        return False
    try:
        params = inspect.signature(value).parameters.values()
    except (TypeError, ValueError):
        return False
    return all(p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in params)


def from_raw(doc: RawDocument, stored: str | None, settings: Settings) -> Article | Reject | Unchanged:
    """The article to extract from a document as read, or why there is none: a `Reject` naming the
    document and where it was read (a page no parser foresaw rejects that document alone), or
    `Unchanged` when its content hash is the one `stored` for its id."""
    from readout.ingest.article import to_article  # cold start: not loaded with `readout.parallel`, only on first use
    from readout.store.db import content_hash  # cold start: not loaded with `readout.parallel`, only on first use

    try:
        article = to_article(doc, settings)
    except ReadoutError as exc:
        return Reject(exc.doc or doc.id, exc.code, exc.message, doc.path, doc.line)
    except Exception as exc:  # noqa: BLE001
        return Reject(doc.id, "bad_record", f"{type(exc).__name__}: {exc}", doc.path, doc.line)
    digest = content_hash(article)
    if stored == digest:
        return Unchanged(doc.id)
    article.digest, article.line = digest, doc.line
    return article


def run_job(job: Job, pipeline: Pipeline, send: bool, docs: int | None = None) -> Result:
    """One document from as read to extracted; with `send`, reduced to what the store needs (`for_store`)
    for the trip back from another process, as one of about `docs` documents the process extracts (None: not known)."""
    doc, stored = job
    article = from_raw(doc, stored, pipeline.settings)
    if not isinstance(article, Article):
        return article
    result = extract_or_error(article, pipeline)
    return for_store(result, pipeline.settings, docs) if send else result


def extract_or_error(article: Article, pipeline: Pipeline) -> Article | ReadoutError:
    """Run the pipeline; an error travels back as a value so that the batch goes on, naming the document and where
    it was read (`detail` "path" and "line": budget52; the reject of a JSONL line's document past its time budget
    named its id alone, where a line that did not parse names the file and line)."""
    # cold start: not loaded with `readout.parallel`, only on first use
    from readout.ingest.article import check_language

    try:
        check_language(article, pipeline.settings.min_text_chars)
        return pipeline(article)
    except ReadoutError as exc:
        exc.doc = exc.doc or article.id
        exc.detail.setdefault("path", article.path)
        exc.detail.setdefault("line", article.line)
        return exc


def for_store(result: Article | ReadoutError, settings: Settings = SETTINGS,
              docs: int | None = None) -> Article | ReadoutError:
    """What the main process stores of an article, for the trip back from a worker: the pipeline's
    working state (dates, places, paragraphs, per-sentence caches) is dropped and each sentence's
    morphemes become the one text the search index keeps of them (`store.db.search_terms` reads it as
    a single indexed form, `SENTENCE_TERMS`; a sentence with none keeps one form the index skips, so
    its text is not indexed instead). The events carry their own dates and places, so the database and
    export are the same as a local run's. Why: unpickling is the main process's work, serial with
    storing; a few strings cost a fraction of a tuple per morpheme. The near-duplicate signature and
    its bands (`store.neardup.Fingerprint`, with the run's `settings`) are computed here too: hashing
    every shingle is work the serial main process need not do. So are the document-only parts of its
    rows (`store.prepared.Prepared`: report records, mention rows, search terms, JSON columns); with
    them sent, the events, mentions and morphemes are not sent at all. `docs` is how many documents this process
    hashes (None: not known, a long run): fewer than `settings.minhash_numpy_docs` hash in pure Python unless numpy
    is imported already (`neardup.signature`, the same bytes), so a worker of a small run never imports numpy."""
    if isinstance(result, ReadoutError):
        return result
    # cold start: not loaded with `readout.parallel`, only on first use
    from readout.store.terms import SENTENCE_TERMS, UNINDEXED, body_of, indexed
    from readout.store.neardup import fingerprint  # cold start: not loaded with `readout.parallel`, only on first use
    from readout.store.prepared import prepare  # cold start: not loaded with `readout.parallel`, only on first use

    try:
        prepared = prepare(result)
    except Exception:  # noqa: BLE001 - the store builds them again, in the document's own savepoint
        prepared = None
    tokens = {}
    if prepared is None:  # the store reads the terms from the tokens: their indexed forms alone
        for start, morphemes in result.tokens.items():
            kept = " ".join(t[0] for t in morphemes if indexed(t[1]))
            tokens[start] = ((kept, SENTENCE_TERMS),) if kept else ((kept, UNINDEXED),) if morphemes else morphemes
    try:
        sent = fingerprint(body_of(result), settings, docs)
    except Exception:  # noqa: BLE001 - the store computes it again, in the document's own savepoint
        sent = None
    return dataclasses.replace(result, dates=[], places=[], paragraphs=[], datelines=[], triggers=[],
                               topics={}, countries={}, country_finds={}, meeting_words={}, tokens=tokens,
                               fingerprint=sent,
                               prepared=prepared,
                               **({"events": [], "mentions": []} if prepared else {}))


def local(jobs: Iterable[Job], pipeline: Pipeline) -> Iterator[Result]:
    """The jobs in this process. Its start-up ends with the first document extracted (`cache_patterns.mark_started`):
    the patterns compiled until then are the ones the next process's start-up needs, stored at exit. Why: a
    process that marked none kept the file of the first run after the cache was emptied, which held the last
    patterns `re` had kept, not the language modules' own: every `readout run` compiled about 380 patterns again
    (0.17 s of a 0.44 s one-document run)."""
    for job in jobs:
        result = run_job(job, pipeline, send=False)
        if isinstance(result, Article):
            cache_patterns.mark_started()
        yield result


def init_worker(pipeline: Pipeline, docs: int | None = None) -> None:
    """In each forked worker: the pipeline it inherited warm, about how many documents it extracts (None: not
    known), and the run's collector threshold for the rest of the worker's life (the process is the run's own)."""
    _WORKER["pipeline"] = pipeline
    _WORKER["docs"] = docs
    cache_uses.worker_started()  # its cache reads are logged once, when the pool closes it
    gc.set_threshold(pipeline.settings.gc_young_objects, *gc.get_threshold()[1:])


def _in_worker(job: Job) -> Result:
    return run_job(job, _WORKER["pipeline"], send=True, docs=_WORKER.get("docs"))


def processes(jobs: Iterable[Job], pipeline: Pipeline, workers: int) -> Iterator[Result]:
    """N forked worker processes, warm from the start; results come back in input order.

    At most `IN_FLIGHT_PER_WORKER` documents per worker are read ahead of the results the caller has
    taken: `Pool.imap` keeps every finished result until it is taken, so a caller slower than the
    workers (the store, on a fast machine or with short documents) would otherwise hold a growing
    share of the run in memory."""
    window = workers * IN_FLIGHT_PER_WORKER  # the documents the workers would read ahead
    docs, jobs = counted(jobs, window)
    codes, jobs = warm_codes(jobs, window)
    pipeline.warm(codes)  # load Kiwi and the indexes here, so that the forked workers share them
    build_tables(codes)  # and the tables the warm-up document does not reach
    gc.freeze()  # and keep them out of every later collection: no worker's collector writes to (copies) their pages
    slots = threading.Semaphore(workers * IN_FLIGHT_PER_WORKER)
    stopped = threading.Event()

    def gated() -> Iterator[Job]:  # runs in the pool's task thread: blocking here holds back reading
        for job in jobs:
            while not slots.acquire(timeout=GATE_POLL_SECONDS):
                if stopped.is_set():  # the caller stopped taking results: let the pool shut down
                    return
            yield job

    context = multiprocessing.get_context("fork")
    per_worker = None if docs is None else -(-docs // workers)
    with context.Pool(workers, initializer=init_worker, initargs=(pipeline, per_worker)) as pool:
        try:
            for result in pool.imap(_in_worker, gated(), chunksize=CHUNK):
                slots.release()
                yield result
            pool.close()  # every result taken: the workers end by themselves, so their exit logs their cache reads
            pool.join()  # (leaving the block terminates them: a signal, no exit of their own)
        finally:
            stopped.set()


def dask(jobs: Iterable[Job], pipeline: Pipeline, scheduler: str | None, workers: int) -> Iterator[Result]:
    """A Dask cluster (`dask.distributed`): the given scheduler, or a local cluster of `workers` processes.
    See `readout.cluster` (imported here only: dask takes a second to import)."""
    try:
        from readout.cluster import run_on_cluster  # cold start: dask takes a second to import
    except ImportError as exc:
        raise ReadoutError("the dask engine needs dask.distributed: pip install 'readout[cluster]'") from exc
    return run_on_cluster(jobs, pipeline, scheduler, workers)


def task_key(item: Article | RawDocument | Job) -> str | None:
    """The web archive a document (or a job's document) came from: all of one archive file is one Dask task."""
    path = item[0].path if isinstance(item, tuple) else item.path
    return path if is_archive(path) else None


def batches(items: Iterable[T], size: int, key: Callable[[T], str | None] = lambda _: None) -> Iterator[list[T]]:
    """Consecutive items in lists of `size`; items that share a key (one web archive file) form one list
    whatever its length, and a change of key closes the list before it."""
    batch: list[T] = []
    current: str | None = None
    for item in items:
        k = key(item)
        if batch and (k != current or (k is None and len(batch) >= size)):
            yield batch
            batch = []
        current = k
        batch.append(item)
    if batch:
        yield batch


def engine(name: str, workers: int, scheduler: str | None) -> Callable[[Iterable[Job], Pipeline], Iterator[Result]]:
    if name == "dask":
        return lambda jobs, pipeline: dask(jobs, pipeline, scheduler, workers)
    if workers > 1:
        return lambda jobs, pipeline: processes(jobs, pipeline, workers)
    return local
