"""The `readout` command: a thin layer over `readout.api`.

Exit codes of `readout run`: 0 every input was read; 1 some inputs were rejected (the others were
processed and exported; the rejects file names them); 2 usage error; 3 the run could not proceed
(database damaged or not a database, disk full, I/O error, data-file error): a one-line message, no
traceback, and everything committed before the error is kept. `export` and `serve` exit 3 likewise.
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from datetime import date
from pathlib import Path

from readout.errors import ReadoutError

EXIT_OK, EXIT_REJECTS, EXIT_USAGE, EXIT_FATAL = 0, 1, 2, 3


def cmd_run(args: argparse.Namespace) -> int:
    from readout.api import run

    if args.out and not Path(args.out).absolute().parent.is_dir():
        print(f"readout: cannot write {args.out}: the folder {Path(args.out).absolute().parent} does not exist",
              file=sys.stderr)
        return EXIT_FATAL
    report = run(args.articles, db=args.db, out=args.out, progress=not args.quiet, workers=args.workers,
                 engine=args.engine, scheduler=args.scheduler)
    print(f"read {report.read} documents: {report.new} new, {report.replaced} replaced, "
          f"{report.unchanged} unchanged")
    print(f"found {report.events_found} events in new or changed documents; {report.merged} joined an event "
          f"of another document; {report.events_total} events in {args.db}")
    if report.skipped:
        print(f"skipped {len(report.skipped)} documents in other languages")
    if report.rejected:
        reasons = ", ".join(f"{n} {code}" for code, n in sorted(report.reasons().items()))
        print(f"rejected {len(report.rejected)} inputs ({reasons}):")
        for r in report.rejected[:20]:
            print(f"  {r.doc}: {r.reason}")
        if len(report.rejected) > 20:
            print(f"  ... and {len(report.rejected) - 20} more")
    if args.out:
        print(f"wrote {report.exported} events to {args.out}; rejects: {report.rejects_path}")
    return EXIT_REJECTS if report.rejected else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from readout.export.writers import write_events
    from readout.store.db import Store

    if not Path(args.db).is_file():
        print(f"readout: no database at {args.db}", file=sys.stderr)
        return EXIT_FATAL
    with Store(args.db) as store:
        store.compose_dirty()  # events a killed run left to rebuild
        n = write_events(store.events(), args.out, args.format)
    print(f"wrote {n} events to {args.out} ({args.format})")
    return EXIT_OK


def cmd_kb_check(args: argparse.Namespace) -> int:
    from readout.kb.loader import kb, lexicon

    base = kb()
    for lang in ("ko", "en"):
        lexicon(lang)
    print(f"knowledge base OK: {len(base.persons)} persons, {len(base.offices)} offices, "
          f"{len(base.organizations)} organizations, {len(base.countries.countries)} countries, "
          f"{len(base.places)} place aliases; lexicons ko, en compile")
    return EXIT_OK


def cmd_kb_find(args: argparse.Namespace) -> int:
    from readout.kb.resolve import resolver

    day = date.fromisoformat(args.date) if args.date else date.today()
    entity = resolver().resolve(args.name, args.office, args.country, day)
    print(json.dumps(entity.to_record() | {"reason": entity.reason}, ensure_ascii=False, indent=2))
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from readout.web.server import serve

    serve(args.db, args.host, args.port)
    return EXIT_OK


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="readout", description="Korean and English news to diplomatic event data")
    sub = p.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="ingest articles, extract and merge events, export them")
    r.add_argument("articles", nargs="+", help="files or folders: .txt, .html, .jsonl")
    r.add_argument("--db", default="readout.db")
    r.add_argument("--out", help="export file (.jsonl, .csv or .parquet)")
    r.add_argument("--quiet", action="store_true", help="no progress bar")
    r.add_argument("--workers", type=int, default=1, help="extraction processes on this machine")
    r.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="dask: extract on a dask.distributed cluster, merge here")
    r.add_argument("--scheduler", help="Dask scheduler address; a local cluster of --workers when absent")
    r.set_defaults(func=cmd_run)
    e = sub.add_parser("export", help="write the database's events to a file")
    e.add_argument("--db", default="readout.db")
    e.add_argument("--format", choices=["jsonl", "csv", "parquet"], default="jsonl")
    e.add_argument("--out", required=True)
    e.set_defaults(func=cmd_export)
    k = sub.add_parser("kb", help="the knowledge base")
    ksub = k.add_subparsers(dest="kb_command", required=True)
    ksub.add_parser("check", help="validate the data files").set_defaults(func=cmd_kb_check)
    f = ksub.add_parser("find", help="what a name resolves to, and why")
    f.add_argument("name")
    f.add_argument("--date", help="the date of the document (YYYY-MM-DD), default today")
    f.add_argument("--office", help="office id, e.g. foreign_minister")
    f.add_argument("--country", help="ISO alpha-3")
    f.set_defaults(func=cmd_kb_find)
    s = sub.add_parser("serve", help="HTTP API and web page over a database")
    s.add_argument("--db", default="readout.db")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8000)
    s.set_defaults(func=cmd_serve)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except ReadoutError as exc:
        print(f"readout: {exc}", file=sys.stderr)
        return EXIT_FATAL
    except (sqlite3.Error, OSError) as exc:  # the database or the disk: a message and exit 3, no traceback
        from readout.store.db import storage_error

        print(f"readout: {storage_error(exc, getattr(args, 'db', None))}", file=sys.stderr)
        return EXIT_FATAL


if __name__ == "__main__":
    sys.exit(main())
