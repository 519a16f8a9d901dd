"""Library entry points: the CLI, the HTTP API and the tests all call these functions."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from readout.errors import BadRecord, ReadoutError, UnsupportedInput
from readout.export.atomic import atomic_write
from readout.ingest.normalize import clean_text
from readout.ingest.sources import RawDocument, Reject, read_documents
from readout.model import Article
from readout.pipeline import Pipeline, default_pipeline
from readout.pipeline.clean import hangul_and_latin
from readout.settings import SETTINGS

_PIPELINE: Pipeline | None = None


def pipeline() -> Pipeline:
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = default_pipeline()
    return _PIPELINE


def to_article(doc: RawDocument) -> Article:
    """The stored text of a document: plain text as given, or the main content of an HTML page."""
    text, meta = doc.text, {}
    if text is None and doc.html is not None:
        from readout.ingest.html import main_text

        text, meta = main_text(doc.html, doc.id)
    if text is None:
        raise BadRecord("document has no text", doc=doc.id)
    text = clean_text(text, doc.id)  # invisible characters out, bounded length (ingest/normalize.py)
    published = doc.published or parse_meta_date(meta.get("published"))
    basis = "metadata" if published else None
    if published is None and doc.path and doc.line is None:
        published = date_in_file_name(doc.path)
        basis = "file name" if published else None
    article = Article(doc.id, text, url=doc.url or meta.get("url"), title=doc.title or meta.get("title"),
                      source=doc.source, published=published, path=doc.path)
    article.published_basis = basis
    return article


FILE_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?([01]\d)[-_.]?([0-3]\d)(?!\d)")


def date_in_file_name(path: str) -> date | None:
    """Crawlers often name files by date ('2023-03-16_summit.txt'): a publication date of last resort."""
    m = FILE_DATE_RE.search(Path(path).name)
    return parse_meta_date(f"{m.group(1)}-{m.group(2)}-{m.group(3)}") if m else None


def parse_meta_date(value) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def extract(doc: RawDocument | Article) -> Article:
    """Run the whole pipeline on one document."""
    article = doc if isinstance(doc, Article) else to_article(doc)
    return pipeline()(article)


def extract_text(text: str, doc_id: str = "text", published: date | None = None) -> Article:
    return extract(RawDocument(doc_id, text=text, published=published))


# --- the main job: ingest, extract, store, merge, export ---------------------------------------------
LETTER_RE = re.compile(r"[^\W\d_]+")  # runs, not single letters: one match per word
KO_EN_RE = re.compile(r"[가-힣ㄱ-ㅎA-Za-z]+")


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

    def reasons(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.rejected:
            out[r.code] = out.get(r.code, 0) + 1
        return out


def check_language(article: Article) -> None:
    """Korean and English only: a document in another language is skipped, not forced through."""
    text = article.text
    if len(text.strip()) < SETTINGS.min_text_chars:
        raise BadRecord(f"text is empty or shorter than {SETTINGS.min_text_chars} characters", doc=article.id)
    hangul, latin = hangul_and_latin(text)
    if hangul + latin >= 0.5 * (len(text) - sum(map(text.count, " \n\t"))):
        return  # at least half of all non-space characters: no need to count every letter
    letters = sum(map(len, LETTER_RE.findall(text)))
    if letters and sum(map(len, KO_EN_RE.findall(text))) / letters < 0.5:
        raise UnsupportedInput("language other than Korean or English", doc=article.id,
                               detail={"skipped": True})


def prepare(items, store, report: RunReport):
    """Documents to extract: read, turned into articles, and not already stored unchanged."""
    from readout.store.db import content_hash

    for item in items:
        if isinstance(item, Reject):
            report.rejected.append(item)
            continue
        report.read += 1
        try:
            article = to_article(item)
        except ReadoutError as exc:
            report.rejected.append(Reject(exc.doc or item.id, exc.code, exc.message, item.path, item.line))
            continue
        except Exception as exc:  # noqa: BLE001 - a page no parser foresaw rejects that document alone
            report.rejected.append(Reject(item.id, "bad_record", f"{type(exc).__name__}: {exc}", item.path, item.line))
            continue
        digest = content_hash(article)
        if store.stored_hash(article.id) == digest:
            report.unchanged += 1
            continue
        article.digest, article.line = digest, item.line
        yield article


def run(paths: list[str], db: str = "readout.db", out: str | None = None, progress: bool = True,
        workers: int = 1, engine: str = "local", scheduler: str | None = None) -> RunReport:
    """Read every article under `paths`, extract its events (here, in `workers` processes, or on a
    Dask cluster), store and merge them in `db` in input order, and write all merged events to `out`
    (with the rejects beside it)."""
    from tqdm import tqdm

    from readout.export.writers import write_events
    from readout.parallel import engine as choose_engine
    from readout.store.db import Store

    report = RunReport()
    with Store(db) as store:
        articles = prepare(tqdm(read_documents(paths), unit="doc", delay=2, disable=not progress, leave=False),
                           store, report)
        batch: list[Article] = []
        since_compose = 0
        for result in choose_engine(engine, workers, scheduler)(articles):
            if isinstance(result, ReadoutError):
                reject = Reject(result.doc or "?", result.code, result.message, None, None)
                (report.skipped if result.detail.get("skipped") else report.rejected).append(reject)
                continue
            batch.append(result)
            if len(batch) >= SETTINGS.store_batch_docs:
                since_compose += store_batch(store, batch, report)
                batch = []
            if since_compose >= SETTINGS.compose_every_docs:
                store.compose_dirty()  # readers of the database see merged records catch up
                since_compose = 0
        store_batch(store, batch, report)
        store.compose_dirty()
        report.events_total = store.counts()["events"]
        if out:
            report.exported = write_events(store.events(), out, fmt_of(out))
            report.rejects_path = write_rejects(report, out)
    return report


def store_batch(store, batch: list[Article], report: RunReport) -> int:
    """Save extracted articles in one transaction; count what happened; return how many were saved."""
    for article, saved in zip(batch, store.save_batch(batch)):
        if isinstance(saved, ReadoutError):
            report.rejected.append(Reject(saved.doc or article.id, saved.code, saved.message, article.path, None))
            continue
        setattr(report, saved.status, getattr(report, saved.status) + 1)
        report.events_found += saved.events
        report.merged += saved.merged
    return len(batch)


def fmt_of(path: str) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    return {"csv": "csv", "parquet": "parquet"}.get(suffix, "jsonl")


def write_rejects(report: RunReport, out: str) -> str:
    """`events.jsonl` -> `events.rejects.jsonl`: every rejected or skipped input with its reason."""
    path = Path(out)
    target = path.with_name(path.name.split(".")[0] + ".rejects.jsonl")
    with atomic_write(str(target), "w", encoding="utf-8") as f:
        for r in report.rejected:
            f.write(json.dumps(r.to_json(), ensure_ascii=False) + "\n")
        for r in report.skipped:
            f.write(json.dumps(r.to_json() | {"skipped": True}, ensure_ascii=False) + "\n")
    return str(target)
