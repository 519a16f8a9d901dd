"""Write event records as JSONL (the record as is), CSV (one flat row per event) or Parquet (the record
as nested columns).

CSV keeps direction: actors and recipients are separate columns (names, countries, sectors), so
"who did what to whom" survives a spreadsheet. Parquet keeps the record's structure with an explicit
Arrow schema (lists and structs, no JSON strings), so pandas, Polars, DuckDB and R's arrow read
`actors[0].name` or `sources.url` as columns.
"""
from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import Iterable

from readout.errors import ReadoutError
from readout.export.atomic import atomic_path, atomic_write

FORMATS = ("jsonl", "csv", "parquet")
EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}
SEP = "; "  # between the values of a list in one CSV cell

CSV_COLUMNS = ["id", "date", "date_precision", "date_basis", "type", "mode", "status", "generic",
               "actors", "actor_ids", "actor_countries", "actor_sectors",
               "recipients", "recipient_ids", "recipient_countries", "recipient_sectors",
               "place", "place_country", "lat", "lon", "contexts", "n_sources", "languages",
               "documents", "source_urls", "evidence"]


def format_of(path: str) -> str | None:
    """The export format a file name asks for ('x.csv' -> 'csv'); None for an extension we do not write."""
    return EXTENSIONS.get(Path(path).suffix.lower())


def joined(values) -> str:
    return SEP.join(str(v) for v in values if v not in (None, ""))


def flat_row(record: dict) -> dict:
    """The CSV row of an event: each side in its own columns, lists joined with '; '."""
    loc = record.get("location") or {}
    sources = record.get("sources") or []
    row = {
        "id": record["id"], "date": record.get("date"), "date_precision": record.get("date_precision"),
        "date_basis": record.get("date_basis"), "type": record["type"], "mode": record.get("mode"),
        "status": record.get("status"), "generic": bool(record.get("generic")),
        "place": loc.get("name"), "place_country": loc.get("country"), "lat": loc.get("lat"), "lon": loc.get("lon"),
        "contexts": joined(record.get("contexts") or []),
        "n_sources": record.get("n_sources", len(sources)),
        "languages": joined(dict.fromkeys(s.get("lang") for s in sources)),
        "documents": joined(s.get("doc") for s in sources),
        "source_urls": joined(dict.fromkeys(s.get("url") for s in sources)),
        "evidence": next((s["text"] for s in sources if s.get("text")), None),
    }
    for side, key in (("actors", "actor"), ("recipients", "recipient")):
        entities = record.get(side) or []
        row[side] = joined(e.get("name") for e in entities)
        row[f"{key}_ids"] = joined(e.get("id") for e in entities)
        row[f"{key}_countries"] = joined(e.get("country") or "" for e in entities)
        row[f"{key}_sectors"] = joined(e.get("sector") or "" for e in entities)
    return row


def write_events(records: Iterable[dict], path: str, fmt: str | None = None) -> int:
    """Write `records` to `path` in `fmt` (default: from the extension); the number written."""
    fmt = fmt or format_of(path) or "jsonl"
    if fmt == "jsonl":
        return write_jsonl(records, path)
    if fmt == "csv":
        return write_csv(records, path)
    if fmt == "parquet":
        return write_parquet(records, path)
    raise ReadoutError(f"unknown export format {fmt!r}: use jsonl, csv or parquet")


def write_jsonl(records: Iterable[dict], path: str) -> int:
    n = 0
    with atomic_write(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json_line(r))
            n += 1
    return n


LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})
EXPORT_JSON = json.JSONEncoder(ensure_ascii=False)  # built once: `json.dumps` with an option builds one per call


def json_line(record: dict) -> str:
    """A record as one JSONL line, text kept as UTF-8, and the three line breaks JSON leaves raw written as escapes
    (harden59b): NEL (U+0085) and the line and paragraph separators (U+2028, U+2029). Why: evidence copied from a
    page can hold them, and a reader that splits lines by Unicode's rules (Python's `str.splitlines`, many editors)
    cut the record there ('Unterminated string'); JSON's own escapes (control characters, quotes) were already
    written so. Outside strings `json.dumps` writes ASCII, so the escapes land inside strings only.
    (speed60, issue 20) `str.translate` with a table looks every character up, six times the cost of encoding the
    record (a merged event's line runs to tens of kilobytes): it runs only on a line holding one of the three, which
    three `in` scans in C tell; a line without them is the same either way."""
    line = EXPORT_JSON.encode(record)
    if "\x85" in line or "\u2028" in line or "\u2029" in line:
        line = line.translate(LINE_BREAKS)
    return line + "\n"


def write_csv(records: Iterable[dict], path: str) -> int:
    """UTF-8 with a byte-order mark: Excel then shows Hangul correctly; every other reader skips it."""
    n = 0
    with atomic_write(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for r in records:
            writer.writerow(neutralized(flat_row(r)))
            n += 1
    return n


def arrow_schema():
    """The event record as an Arrow schema: the same names and nesting as the JSONL record."""
    import pyarrow as pa  # cold start: pyarrow loads only for a Parquet export

    string, f64, i64 = pa.string(), pa.float64(), pa.int64()
    entity = pa.struct([("kind", string), ("id", string), ("name", string), ("names", pa.list_(string)),
                        ("country", string), ("sector", string), ("office", string)])
    location = pa.struct([("name", string), ("names", pa.list_(string)), ("country", string), ("lat", f64),
                          ("lon", f64), ("precision", string)])
    span = pa.struct([("start", i64), ("end", i64)])
    source = pa.struct([("doc", string), ("lang", string), ("published", string), ("url", string),
                        ("text", string), ("start", i64), ("end", i64), ("evidence", pa.list_(span)),
                        ("actors", pa.list_(string)), ("near_duplicate_of", string)])
    return pa.schema([
        ("id", string), ("type", string), ("mode", string), ("status", string),
        ("date", string), ("date_start", pa.date32()), ("date_precision", string), ("date_basis", string),
        ("location", location), ("actors", pa.list_(entity)), ("recipients", pa.list_(entity)),
        ("contexts", pa.list_(string)), ("topics", pa.list_(string)), ("generic", pa.bool_()),
        ("n_sources", i64), ("sources", pa.list_(source)),
    ])


def date_start(value: str | None) -> date | None:
    """The first day of an event's date ('2024-11' -> 2024-11-01): a typed column to sort and filter on."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        return date(*parts[:3])
    except ValueError:
        return None


def parquet_row(record: dict, schema) -> dict:
    """The record's fields that the schema names (pyarrow fills nested structs from dicts by name)."""
    row = {name: record.get(name) for name in schema.names}
    row["date_start"] = date_start(record.get("date"))
    row["n_sources"] = record.get("n_sources", len(record.get("sources") or []))
    row["generic"] = bool(record.get("generic"))
    return row


def write_parquet(records: Iterable[dict], path: str, batch_rows: int = 5000) -> int:
    """Written in row groups of `batch_rows`, so a large export does not hold every record in memory."""
    import pyarrow as pa  # cold start: pyarrow loads only for a Parquet export
    import pyarrow.parquet as pq  # (as above)

    schema = arrow_schema()
    n = 0
    with atomic_path(path) as tmp, pq.ParquetWriter(tmp, schema) as writer:
        batch: list[dict] = []
        for record in records:
            batch.append(parquet_row(record, schema))
            if len(batch) >= batch_rows:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n, batch = n + len(batch), []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralized(row: dict) -> dict:
    """A CSV row a spreadsheet will not run: a text cell that starts like a formula (= + - @, tab,
    carriage return: `=HYPERLINK(...)` in a title or url) gets a leading apostrophe, which spreadsheets
    read as "this is text" (OWASP's advice on CSV injection). Numbers are left as numbers."""
    return {k: "'" + v if isinstance(v, str) and v.startswith(FORMULA_STARTS) else v for k, v in row.items()}
