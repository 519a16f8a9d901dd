"""Where extraction runs: in this process, in N local processes, or on a Dask cluster.

Extraction is per document and needs nothing but the document, so it parallelizes; storing and
merging stay in this process, in input order, so every engine gives the same database and export.
"""
from __future__ import annotations

import multiprocessing
from typing import Callable, Iterable, Iterator, TypeVar

from readout.errors import ReadoutError
from readout.model import Article

T = TypeVar("T")
BATCH = 64  # documents in flight per batch on a cluster


def extract_or_error(article: Article) -> Article | ReadoutError:
    """Run the pipeline; an error travels back as a value so that the batch goes on."""
    from readout.api import check_language, extract

    try:
        check_language(article)
        return extract(article)
    except ReadoutError as exc:
        return exc


def local(articles: Iterable[Article]) -> Iterator[Article | ReadoutError]:
    return map(extract_or_error, articles)


def processes(articles: Iterable[Article], workers: int) -> Iterator[Article | ReadoutError]:
    """N worker processes; results come back in input order."""
    from readout.api import pipeline

    pipeline()  # load the models before forking, so that the workers share them
    context = multiprocessing.get_context("fork")
    with context.Pool(workers) as pool:
        yield from pool.imap(extract_or_error, articles, chunksize=4)


def dask(articles: Iterable[Article], scheduler: str | None, workers: int) -> Iterator[Article | ReadoutError]:
    """A Dask cluster (`dask.distributed`): the given scheduler, or a local cluster of `workers` processes."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ReadoutError("the dask engine needs dask.distributed: pip install 'readout[cluster]'") from exc
    cluster = None if scheduler else LocalCluster(n_workers=max(1, workers), threads_per_worker=1,
                                                  processes=True, dashboard_address=None)
    client = Client(scheduler or cluster)
    try:
        for batch in batches(articles, BATCH):
            futures = client.map(extract_or_error, batch, pure=False)
            yield from client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def engine(name: str, workers: int, scheduler: str | None) -> Callable[[Iterable[Article]], Iterator]:
    if name == "dask":
        return lambda articles: dask(articles, scheduler, workers)
    if workers > 1:
        return lambda articles: processes(articles, workers)
    return local
