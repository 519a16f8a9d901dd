"""Walk files and folders and yield one `RawDocument` per article, or a `Reject` naming the problem.

A bad input never stops the batch: each file or JSONL line is read on its own, and what cannot be
read is reported with its path (and line number) and the reason.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterator

from readout.errors import BadRecord, InputError, TooLarge, UnsupportedInput
from readout.ingest.decode import decode
from readout.settings import SETTINGS

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


@dataclass
class RawDocument:
    id: str
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    published: date | None = None
    source: str | None = None
    path: str | None = None
    line: int | None = None


@dataclass
class Reject:
    doc: str
    code: str
    reason: str
    path: str | None = None
    line: int | None = None

    def to_json(self) -> dict:
        return {"doc": self.doc, "path": self.path, "line": self.line, "code": self.code, "reason": self.reason}


def walk(paths: list[str]) -> Iterator[Path]:
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name
        else:
            yield path


def read_documents(paths: list[str]) -> Iterator[RawDocument | Reject]:
    for path in walk(paths):
        try:
            yield from read_path(path)
        except InputError as exc:
            yield Reject(exc.doc or path.name, exc.code, exc.message, str(path))


def read_path(path: Path) -> Iterator[RawDocument | Reject]:
    suffix = path.suffix.lower()
    if not path.exists():
        raise InputError("no such file", doc=path.name)
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path)
        return
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
        raise UnsupportedInput(f"unsupported file type {suffix or '(none)'}", doc=path.name)
    size = path.stat().st_size
    if size > SETTINGS.max_document_bytes:
        raise TooLarge(f"{size} bytes is over the limit of {SETTINGS.max_document_bytes}", doc=path.name)
    with open(path, "rb") as f:
        text = decode(f.read(), path.name)
    if suffix in HTML_SUFFIXES:
        yield RawDocument(path.name, html=text, path=str(path))
    else:
        yield RawDocument(path.name, text=text, path=str(path))


def read_jsonl(path: Path) -> Iterator[RawDocument | Reject]:
    with open(path, "rb") as f:
        for n, raw in enumerate(iter_lines(f), 1):
            if raw is None:
                yield Reject(f"{path.name}:{n}", TooLarge.code,
                             f"line over the limit of {SETTINGS.max_jsonl_line_bytes} bytes", str(path), n)
                continue
            if not raw.strip():
                continue
            try:
                yield record_to_document(raw, path, n)
            except InputError as exc:
                yield Reject(exc.doc or f"{path.name}:{n}", exc.code, exc.message, str(path), n)


def iter_lines(f) -> Iterator[bytes | None]:
    """Lines of a binary file; None for a line over the size limit (skipped without reading it whole)."""
    limit = SETTINGS.max_jsonl_line_bytes
    while True:
        line = f.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = f.readline(limit + 1)
            yield None
            continue
        yield line


def record_to_document(raw: bytes, path: Path, n: int) -> RawDocument:
    where = f"{path.name}:{n}"
    try:
        record = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadRecord(f"not a JSON object: {exc}", doc=where) from exc
    if not isinstance(record, dict):
        raise BadRecord("a line must be a JSON object", doc=where)
    doc_id = record.get("id")
    if not isinstance(doc_id, (str, int)) or not str(doc_id).strip():
        raise BadRecord("missing 'id'", doc=where)
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        raise BadRecord("needs 'text' or 'html'", doc=str(doc_id))
    return RawDocument(str(doc_id), text=text if isinstance(text, str) else None,
                       html=html if isinstance(html, str) and not isinstance(text, str) else None,
                       url=str_or_none(record.get("url")), title=str_or_none(record.get("title")),
                       published=parse_date(record.get("published"), str(doc_id)),
                       source=str_or_none(record.get("source")), path=str(path), line=n)


def str_or_none(value) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def parse_date(value, doc: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise BadRecord(f"'published' is not a date: {value!r}", doc=doc) from exc
