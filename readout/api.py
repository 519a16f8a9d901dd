"""Library entry points: the CLI, the HTTP API and the tests all call these functions."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from readout import budget
from readout.errors import BadRecord, ReadoutError
from readout.export.atomic import atomic_write
from readout.export.writers import json_line
from readout.ingest.article import to_article
from readout.ingest.records import no_nul, parse_date
from readout.ingest.ordering import in_merge_order
from readout.ingest.sources import NEEDS_FETCHING, RawDocument, Reject, Skipped, Warned, read_documents
from readout.kb.knowledge import Knowledge
from readout.model import Article
from readout.pipeline import Pipeline, default_pipeline
from readout.settings import SETTINGS, Settings

def extract(doc: RawDocument | Article, pipeline: Pipeline | None = None) -> Article:
    """Run the whole pipeline on one document (a default pipeline, built once, when none is given)."""
    article = doc if isinstance(doc, Article) else to_article(doc)
    return (pipeline or library_pipeline())(article)


def extract_text(text: str, doc_id: str = "text", published: date | str | None = None,
                 pipeline: Pipeline | None = None) -> Article:
    """One text's events. `published` is a date or an ISO string ("2024-05-01"); anything else is a
    `BadRecord` naming the document, as for a JSONL line, not a failure deep inside a step. So is a `text` that
    is no string or holds NUL characters (budget53: cleaning used to drop them and read the rest)."""
    if not isinstance(text, str):
        raise BadRecord(f"the text must be a string, not {type(text).__name__}", doc=doc_id)
    no_nul(text, doc_id)
    if not isinstance(published, date) and published is not None:
        published = parse_date(published, doc_id, pipeline.settings if pipeline else SETTINGS)
    return extract(RawDocument(doc_id, text=text, published=published), pipeline)


@budget.table()
def library_pipeline() -> Pipeline:
    """The pipeline for library calls that pass none: default settings and the data files' knowledge
    (no learned aliases), built once; it never changes after."""
    return default_pipeline()


# --- the main job: ingest, extract, store, merge, export ---------------------------------------------
@dataclass
class RunReport:
    read: int = 0
    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    events_found: int = 0
    merged: int = 0
    rejected: list[Reject] = field(default_factory=list)
    skipped: list[Reject] = field(default_factory=list)
    events_total: int = 0
    exported: int = 0
    rejects_path: str | None = None
    ignored: dict[str, int] = field(default_factory=dict)  # inputs not read, by reason: redirect, revisit, ...
    to_fetch: list[Reject] = field(default_factory=list)  # feed entries with only a link
    warnings: list[Reject] = field(default_factory=list)  # fields dropped or repaired in documents that were kept

    def ignore(self, item: Skipped) -> None:
        """Count an input that is deliberately not read; list the feed entries that need fetching."""
        self.ignored[item.code] = self.ignored.get(item.code, 0) + 1
        if item.code == NEEDS_FETCHING:
            self.to_fetch.append(item)

    def reasons(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.rejected:
            out[r.code] = out.get(r.code, 0) + 1
        return out


def prepare(items, store, report: RunReport):
    """Documents to extract, as read, each with the content hash the store holds for its id (a worker
    cleans it and skips it when that hash is unchanged: `parallel.from_raw`); the reader's rejects and
    ignored inputs are counted here."""
    for item in items:
        if isinstance(item, Skipped):
            report.ignore(item)
            continue
        if isinstance(item, Warned):  # a file's warning (its documents are read): no reject
            report.warnings.append(item)
            continue
        if isinstance(item, Reject):
            report.rejected.append(item)
            continue
        report.read += 1
        report.warnings.extend(item.warnings())
        yield item, store.stored_hash(item.id)


def run(paths: list[str], db: str = "readout.db", out: str | None = None, progress: bool = True,
        workers: int = 1, engine: str = "local", scheduler: str | None = None,
        settings: Settings = SETTINGS) -> RunReport:
    """Read every article under `paths`, extract its events (here, in `workers` processes, or on a
    Dask cluster), store and merge them in `db` in one order whatever the input's (ingest/ordering.py: by
    id), and write all merged events to `out`
    (with the rejects beside it). The run's knowledge is the knowledge base plus the aliases earlier
    runs stored in `db`, loaded once, when the first document to extract needs it (before this run stores any), and
    handed to every worker."""
    # cold start: `import readout.api` (extract_text, the web server) loads no engine, store or writer; a run does
    from readout.export.writers import write_events
    from readout.parallel import Unchanged, collector  # (as above)
    from readout.parallel import engine as choose_engine  # (as above)
    from readout.progress import progress as show_progress  # (as above)
    from readout.store.db import Store  # (as above)

    report = RunReport()
    with Store(db, settings=settings) as store, collector(settings):
        pipeline = default_pipeline(settings, lambda: Knowledge.load(store.learned_aliases()))  # when first read
        read = in_merge_order(read_documents(paths, settings))  # any order of one batch: the same records
        jobs = prepare(show_progress(read, paths, enabled=progress, settings=settings), store, report)
        batch: list[Article] = []
        since_compose = 0
        for result in choose_engine(engine, workers, scheduler)(jobs, pipeline):
            if isinstance(result, Unchanged):
                report.unchanged += 1
                continue
            if isinstance(result, Reject):  # not readable as an article (`to_article`)
                report.rejected.append(result)
                continue
            if isinstance(result, ReadoutError):
                reject = Reject(result.doc or "?", result.code, result.message, result.detail.get("path"),
                                result.detail.get("line"))  # where it was read (`parallel.extract_or_error`)
                (report.skipped if result.detail.get("skipped") else report.rejected).append(reject)
                continue
            batch.append(result)
            if len(batch) >= settings.store_batch_docs:
                since_compose += store_batch(store, batch, report)
                batch = []
            if since_compose >= settings.compose_every_docs:
                store.compose_dirty()  # readers of the database see merged records catch up
                since_compose = 0
        store_batch(store, batch, report)
        store.compose_dirty()
        report.events_total = store.counts()["events"]
        if out:
            report.exported = write_events(store.events(), out)  # the format from the extension
            report.rejects_path = write_rejects(report, out)
    return report


def store_batch(store, batch: list[Article], report: RunReport) -> int:
    """Save extracted articles in one transaction; count what happened; return how many were saved."""
    for article, saved in zip(batch, store.save_batch(batch)):
        if isinstance(saved, ReadoutError):
            report.rejected.append(Reject(saved.doc or article.id, saved.code, saved.message, article.path,
                                          article.line))
            continue
        setattr(report, saved.status, getattr(report, saved.status) + 1)
        report.events_found += saved.events
        report.merged += saved.merged
    return len(batch)


def write_rejects(report: RunReport, out: str) -> str:
    """`events.jsonl` -> `events.rejects.jsonl`: every rejected or skipped input with its reason, and every field
    dropped or repaired in a document that was kept ("warning": true)."""
    path = Path(out)
    target = path.with_name(path.name.split(".")[0] + ".rejects.jsonl")
    with atomic_write(str(target), "w", encoding="utf-8") as f:
        for r in report.rejected:
            f.write(json_line(r.to_json()))  # harden59b: line breaks escaped
        for r in report.skipped:
            f.write(json_line(r.to_json() | {"skipped": True}))
        for r in report.to_fetch:
            f.write(json_line(r.to_json() | {"needs_fetching": True}))
        for r in report.warnings:
            f.write(json_line(r.to_json() | {"warning": True}))
    return str(target)
