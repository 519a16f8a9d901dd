"""`readout run`, `readout export` and `readout serve`: the commands over a database of events.

Why its own module (debt55): the reading, writing and serving of a database are one group of the command line
(readout/cli/__init__.py builds the parser); each imports its heavy module (readout.api, the writers, the web
server) inside the command, so `readout kb check` or `readout --help` never pays for them."""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from readout.cli.common import EXIT_FATAL, EXIT_OK, EXIT_REJECTS, UsageError, existing_db
from readout.settings import from_env


def export_format(out: str, fmt: str | None) -> str:
    """The format from the file's extension unless --format names one; a mismatch is refused."""
    # cold start: the writers load only for a command that writes a file
    from readout.export.writers import EXTENSIONS, format_of

    by_name = format_of(out)
    if fmt and by_name and fmt != by_name:
        raise UsageError(f"--format {fmt} does not match the extension of {out} ({by_name}): "
                         f"change one of them")
    if not fmt and not by_name:
        raise UsageError(f"cannot tell the format of {out}: name it {', '.join(sorted(EXTENSIONS))} "
                         f"or give --format")
    return fmt or by_name


def cmd_run(args: argparse.Namespace) -> int:
    # cold start: the pipeline and the store load only for `run`
    from readout.api import run
    from readout.ingest.sources import BLANK_LINE  # (as above)

    missing = [p for p in args.articles if not Path(p).exists()]
    if missing:  # a mistyped path: say so before a database is created
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    if args.out:
        export_format(args.out, None)
    if args.out and not Path(args.out).absolute().parent.is_dir():
        print(f"readout: cannot write {args.out}: the folder {Path(args.out).absolute().parent} does not exist",
              file=sys.stderr)
        return EXIT_FATAL
    report = run(args.articles, db=args.db, out=args.out, progress=not args.quiet, workers=args.workers,
                 engine=args.engine, scheduler=args.scheduler, settings=from_env())
    print(f"read {report.read} documents: {report.new} new, {report.replaced} replaced, "
          f"{report.unchanged} unchanged")
    print(f"found {report.events_found} events in new or changed documents; {report.merged} joined an event "
          f"of another document; {report.events_total} events in {args.db}")
    ignored = {code: n for code, n in report.ignored.items() if code != BLANK_LINE}
    if report.ignored.get(BLANK_LINE):
        print(f"passed over {report.ignored[BLANK_LINE]} blank lines of JSONL files")
    if ignored:
        counts = ", ".join(f"{n} {code}" for code, n in sorted(ignored.items()))
        print(f"passed over {sum(ignored.values())} records that are not articles ({counts})")
    if report.to_fetch:
        print(f"{len(report.to_fetch)} feed entries have only a link and need fetching (`readout watch`"
              + (f"; listed in {report.rejects_path})" if report.rejects_path else ")"))
    if report.skipped:
        print(f"skipped {len(report.skipped)} documents in other languages ({skipped_languages(report.skipped)})")
    if report.warnings:
        print(f"kept {len({w.doc for w in report.warnings})} documents with a field not read or repaired:")
        for w in report.warnings[:5]:
            print(f"  {w.doc}: {w.reason}")
        if len(report.warnings) > 5:
            print(f"  ... and {len(report.warnings) - 5} more" + (f" in {report.rejects_path}" if report.rejects_path
                                                                  else ""))
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


LANGUAGE_RE = re.compile(r"([^,(]+) \((\w+)\)")


def skipped_languages(skipped) -> str:
    """'2 French, 1 Japanese': the languages named by the skipped documents' reasons."""
    counts: Counter[str] = Counter()
    for r in skipped:
        found = LANGUAGE_RE.search(r.reason.removeprefix("in "))
        counts[found.group(1).strip() if found else "unidentified"] += 1
    return ", ".join(f"{n} {name}" for name, n in counts.most_common())


def cmd_export(args: argparse.Namespace) -> int:
    # cold start: the store and the writers load only for `export`
    from readout.export.writers import write_events
    from readout.store.db import Store  # (as above)

    fmt = export_format(args.out, args.format)
    with Store(existing_db(args.db)) as store:
        store.compose_dirty()  # events a killed run left to rebuild
        n = write_events(store.events(), args.out, fmt)
    print(f"wrote {n} events to {args.out} ({fmt})")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    # cold start: FastAPI and uvicorn load only for `serve`
    from readout.web.server import serve

    settings = from_env()
    if args.limit_concurrency is not None:
        settings = settings.replace(api_limit_concurrency=args.limit_concurrency)
    serve(existing_db(args.db), args.host, args.port, settings)  # prints the address it serves at
    return EXIT_OK
