"""Where extraction runs: in this process, in N local processes, or on a Dask cluster.

Extraction is per document and needs nothing but the document and the run's pipeline (its settings
and knowledge), so it parallelizes; storing and merging stay in this process, in input order, so every
engine gives the same database and export. Workers receive the same pipeline value: forked processes
inherit it warm (Kiwi and the indexes loaded before the fork); Dask workers get it once each (scattered
to every worker) and build their languages on their first batch.
"""
from __future__ import annotations

import dataclasses
import multiprocessing
from typing import Callable, Iterable, Iterator, TypeVar

from readout.errors import ReadoutError
from readout.model import Article
from readout.pipeline import Pipeline
from readout.settings import SETTINGS, Settings

T = TypeVar("T")
BATCH = 64  # documents per Dask task: one task per document would pay the scheduler per document

_WORKER: dict[str, Pipeline] = {}  # the pipeline a forked worker inherited, set once by `_init_worker`


def extract_or_error(article: Article, pipeline: Pipeline) -> Article | ReadoutError:
    """Run the pipeline; an error travels back as a value so that the batch goes on."""
    from readout.ingest.article import check_language

    try:
        check_language(article, pipeline.settings.min_text_chars)
        return pipeline(article)
    except ReadoutError as exc:
        return exc


def for_store(result: Article | ReadoutError, settings: Settings = SETTINGS) -> Article | ReadoutError:
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
    them sent, the events, mentions and morphemes are not sent at all."""
    if isinstance(result, ReadoutError):
        return result
    from readout.store.db import SENTENCE_TERMS, UNINDEXED, body_of, indexed
    from readout.store.neardup import fingerprint
    from readout.store.prepared import prepare

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
        sent = fingerprint(body_of(result), settings)
    except Exception:  # noqa: BLE001 - the store computes it again, in the document's own savepoint
        sent = None
    return dataclasses.replace(result, dates=[], places=[], paragraphs=[], datelines=[], triggers=[],
                               topics={}, countries={}, tokens=tokens, fingerprint=sent, prepared=prepared,
                               **({"events": [], "mentions": []} if prepared else {}))


def extract_batch(articles: list[Article], pipeline: Pipeline) -> list[Article | ReadoutError]:
    return [for_store(extract_or_error(a, pipeline), pipeline.settings) for a in articles]


def local(articles: Iterable[Article], pipeline: Pipeline) -> Iterator[Article | ReadoutError]:
    return (extract_or_error(a, pipeline) for a in articles)


def _init_worker(pipeline: Pipeline) -> None:
    _WORKER["pipeline"] = pipeline


def _in_worker(article: Article) -> Article | ReadoutError:
    pipeline = _WORKER["pipeline"]
    return for_store(extract_or_error(article, pipeline), pipeline.settings)


def processes(articles: Iterable[Article], pipeline: Pipeline, workers: int) -> Iterator[Article | ReadoutError]:
    """N forked worker processes, warm from the start; results come back in input order."""
    pipeline.warm()  # load Kiwi and the indexes here, so that the forked workers share them
    context = multiprocessing.get_context("fork")
    with context.Pool(workers, initializer=_init_worker, initargs=(pipeline,)) as pool:
        yield from pool.imap(_in_worker, articles, chunksize=4)


def dask(articles: Iterable[Article], pipeline: Pipeline, scheduler: str | None,
         workers: int) -> Iterator[Article | ReadoutError]:
    """A Dask cluster (`dask.distributed`): the given scheduler, or a local cluster of `workers` processes.
    See `readout.cluster` (imported here only: dask takes a second to import)."""
    try:
        from readout.cluster import run_on_cluster
    except ImportError as exc:
        raise ReadoutError("the dask engine needs dask.distributed: pip install 'readout[cluster]'") from exc
    return run_on_cluster(articles, pipeline, scheduler, workers)


def task_key(article: Article) -> str | None:
    """The web archive an article came from: all of one archive file is one Dask task."""
    from readout.ingest.sources import is_archive

    return article.path if is_archive(article.path) else None


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


def engine(name: str, workers: int, scheduler: str | None) -> Callable[[Iterable[Article], Pipeline], Iterator]:
    if name == "dask":
        return lambda articles, pipeline: dask(articles, pipeline, scheduler, workers)
    if workers > 1:
        return lambda articles, pipeline: processes(articles, pipeline, workers)
    return local
