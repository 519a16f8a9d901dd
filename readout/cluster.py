"""The Dask engine: batches of documents on a `dask.distributed` cluster, the pipeline warm on every worker.

Why a worker plugin: the pipeline (settings and knowledge, a few hundred KB) is registered once per
run; each worker, including one that joins later, unpickles it and loads Kiwi and the indexes in the
plugin's `setup`, before any task, and the tasks carry documents as read only (`parallel.Job`). Tasks are batches (`BATCH`
lines, or a whole web archive: `parallel.batches`), a bounded window of them is in flight, and
results come back in input order, so the store sees what a local run would give it.
"""
from __future__ import annotations

import gc
import itertools
from typing import Iterable, Iterator

from distributed import Client, LocalCluster, WorkerPlugin
import dask  # after distributed, which loads it: the order of loading kept

from readout import cache_uses
from readout.parallel import BATCH, Job, Result, batches, build_tables, run_job, task_key, warm_codes
from readout.pipeline import Pipeline

# The local cluster's housekeeping, turned down: by default each worker samples its task thread's stack
# every 10 ms (the statistical profiler behind the dashboard, which a local run does not start) and every
# process wakes every 20 ms to time its event loop; each wake takes the GIL from the extraction thread.
# Measured on 1,000 documents: the cluster's CPU per document fell by about a third with these.
QUIET = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",  # event-loop health check (20 ms by default)
    "distributed.admin.system-monitor.interval": "5s",  # CPU, memory, network samples (500 ms)
    "distributed.worker.memory.monitor-interval": "1s",  # the nanny's memory poll (100 ms)
}
_PIPELINES: dict[str, Pipeline] = {}  # in each worker: the warm pipeline of each run, by plugin name
_RUNS = itertools.count()


class WarmPipeline(WorkerPlugin):
    """Hands a run's pipeline to every worker and loads its models there, once per worker: those of the languages
    `codes` (all when None; `parallel.warm_codes`), so a batch with no Korean document loads no Kiwi."""

    def __init__(self, name: str, pipeline: Pipeline, codes: set[str] | None = None):
        self.name = name
        self.pipeline = pipeline
        self.codes = codes

    def setup(self, worker) -> None:
        cache_uses.worker_started()  # speed48: its cache reads are logged once, at the worker's exit, as a pool worker's
        _PIPELINES[self.name] = self.pipeline.warm(self.codes)
        self.threshold = gc.get_threshold()  # the worker's own, given back in teardown (a shared cluster's worker)
        gc.set_threshold(self.pipeline.settings.gc_young_objects, *self.threshold[1:])  # as in a local run

    def teardown(self, worker) -> None:
        _PIPELINES.pop(self.name, None)
        if getattr(self, "threshold", None):
            gc.set_threshold(*self.threshold)


def extract_on_worker(jobs: list[Job], name: str) -> list[Result]:
    """One task: a batch of documents as read, cleaned and extracted by the worker's warm pipeline."""
    pipeline = _PIPELINES[name]
    return [run_job(job, pipeline, send=True, docs=len(jobs)) for job in jobs]


def local_cluster(pipeline: Pipeline, workers: int, codes: set[str] | None = None) -> LocalCluster:
    """A cluster of this machine's processes, forked from this one once the pipeline is warm: each
    worker starts with Kiwi and the indexes loaded (spawned workers paid about 10 CPU-seconds each to
    import and load them again, more than 1,000 documents' extraction costs on the Dask path)."""
    pipeline.warm(codes)
    build_tables(codes)  # the tables the warm-up document does not reach: built once, shared by the forked workers
    gc.freeze()  # the warm models stay out of every later collection: the forked workers' collectors never copy them
    with dask.config.set({"distributed.worker.multiprocessing-method": "fork", **QUIET}):
        return LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                            dashboard_address=None)


def run_on_cluster(jobs: Iterable[Job], pipeline: Pipeline, scheduler: str | None,
                   workers: int) -> Iterator[Result]:
    codes, jobs = warm_codes(jobs, BATCH)  # the first task's documents: the languages loaded warm
    cluster = None if scheduler else local_cluster(pipeline, workers, codes)
    with dask.config.set(QUIET if cluster is not None else {}):
        client = Client(scheduler or cluster)
    name = f"readout-pipeline-{next(_RUNS)}-{id(pipeline)}"
    try:
        client.register_plugin(WarmPipeline(name, pipeline, codes), name=name)
        in_flight = max(1, len(client.scheduler_info().get("workers", {})), workers) * 2
        window: list = []
        for batch in batches(jobs, BATCH, task_key):
            window.append(client.submit(extract_on_worker, batch, name, pure=False))
            if len(window) >= in_flight:
                yield from window.pop(0).result()
        for future in window:
            yield from future.result()
    finally:
        try:
            client.unregister_worker_plugin(name)
        except Exception:  # the cluster is going away, or the plugin never registered
            pass
        client.close()
        if cluster is not None:
            cluster.close()
