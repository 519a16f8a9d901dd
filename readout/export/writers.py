"""Write event records as JSONL, CSV (one flat row per event) or Parquet."""
from __future__ import annotations

import csv
import json
from typing import Iterable

from readout.errors import ReadoutError
from readout.export.atomic import atomic_path, atomic_write

CSV_COLUMNS = ["id", "date", "type", "mode", "status", "participants", "countries", "place", "country", "lat",
               "lon", "n_sources", "first_source_url"]


def flat_row(record: dict) -> dict:
    """The CSV/Parquet row of an event: names and codes joined with '; '."""
    sides = record["actors"] + record["recipients"]
    loc = record.get("location") or {}
    urls = [s.get("url") for s in record["sources"] if s.get("url")]
    return {
        "id": record["id"], "date": record["date"], "type": record["type"], "mode": record["mode"],
        "status": record["status"],
        "participants": "; ".join(e["name"] for e in sides),
        "countries": "; ".join(dict.fromkeys(e["country"] for e in sides if e.get("country"))),
        "place": loc.get("name"), "country": loc.get("country"), "lat": loc.get("lat"), "lon": loc.get("lon"),
        "n_sources": record.get("n_sources", len(record["sources"])),
        "first_source_url": urls[0] if urls else None,
    }


def write_events(records: Iterable[dict], path: str, fmt: str = "jsonl") -> int:
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
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
            n += 1
    return n


def write_csv(records: Iterable[dict], path: str) -> int:
    n = 0
    with atomic_write(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for r in records:
            writer.writerow(neutralized(flat_row(r)))
            n += 1
    return n


def write_parquet(records: Iterable[dict], path: str) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ReadoutError("Parquet export needs pyarrow: pip install 'readout[parquet]'") from exc
    rows = [flat_row(r) | {"record": json.dumps(r, ensure_ascii=False)} for r in records]
    columns = CSV_COLUMNS + ["record"]
    table = pa.table({c: [row[c] for row in rows] for c in columns}) if rows else \
        pa.table({c: pa.array([], type=pa.string()) for c in columns})
    with atomic_path(path) as tmp:
        pq.write_table(table, tmp)
    return len(rows)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralized(row: dict) -> dict:
    """A CSV row a spreadsheet will not run: a text cell that starts like a formula (= + - @, tab,
    carriage return: `=HYPERLINK(...)` in a title or url) gets a leading apostrophe, which spreadsheets
    read as "this is text" (OWASP's advice on CSV injection). Numbers are left as numbers."""
    return {k: "'" + v if isinstance(v, str) and v.startswith(FORMULA_STARTS) else v for k, v in row.items()}
