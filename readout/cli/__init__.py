"""The `readout` command: a thin layer over `readout.api`.

Exit codes of `readout run`: 0 every input was read; 1 some inputs were rejected (the others were
processed and exported; the rejects file names them); 2 usage error; 3 the run could not proceed
(database damaged or not a database, disk full, I/O error, data-file error): a one-line message, no
traceback, and everything committed before the error is kept. `export` and `serve` exit 3 likewise.
`watch --once` exits 1 when a feed or a fetch failed (each named, with its reason); `feeds remove`
exits 1 when an address was not in the list.

The commands live in one module per group (debt55): run.py (run, export, serve), kb.py, watch.py (watch, feeds),
cache_prune.py, with what they share in common.py; this module builds the parser and runs the one asked for.
"""
from __future__ import annotations

import argparse
import sqlite3
import sys

from readout.cli.cache_prune import cmd_cache_prune
from readout.cli.common import EXIT_FATAL, EXIT_USAGE, Parser, UsageError, concurrency, port, positive, whole
from readout.cli.kb import cmd_kb_check, cmd_kb_find
from readout.cli.run import cmd_export, cmd_run, cmd_serve
from readout.cli.watch import cmd_feeds, cmd_watch, duration, feed_url
from readout.errors import ReadoutError


def parser() -> argparse.ArgumentParser:
    p = Parser(prog="readout", description="Korean and English news to diplomatic event data")
    sub = p.add_subparsers(dest="command", required=True, parser_class=Parser)
    r = sub.add_parser("run", help="ingest articles, extract and merge events, export them")
    r.add_argument("articles", nargs="+", help="files or folders: .txt, .html, .jsonl, "
                   ".warc, .warc.gz, .rss, .atom, .xml (feeds)")
    r.add_argument("--db", default="readout.db")
    r.add_argument("--out", help="export file (.jsonl, .csv or .parquet)")
    r.add_argument("--quiet", action="store_true", help="no progress (a bar on a terminal, a line every few "
                   "seconds otherwise)")
    r.add_argument("--workers", type=positive, default=1, help="extraction processes on this machine")
    r.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="dask: extract on a dask.distributed cluster, merge here")
    r.add_argument("--scheduler", help="Dask scheduler address; a local cluster of --workers when absent")
    r.set_defaults(func=cmd_run)
    e = sub.add_parser("export", help="write the database's events to a file")
    e.add_argument("--db", default="readout.db")
    e.add_argument("--format", choices=["jsonl", "csv", "parquet"],
                   help="default: from the extension of --out (.jsonl, .csv, .parquet)")
    e.add_argument("--out", required=True, help="the file to write")
    e.set_defaults(func=cmd_export)
    k = sub.add_parser("kb", help="the knowledge base")
    ksub = k.add_subparsers(dest="kb_command", required=True, parser_class=Parser)
    ksub.add_parser("check", help="validate the data files").set_defaults(func=cmd_kb_check)
    f = ksub.add_parser("find", help="what a name resolves to, and why; without a name, who held --office")
    f.add_argument("name", nargs="?", help="a name form; leave out to ask who held --office on --date")
    f.add_argument("--date", help="the date of the document or question (YYYY-MM-DD), default today")
    f.add_argument("--office", help="office id, e.g. foreign_minister (the US Secretary of State counts as one)")
    f.add_argument("--country", help="ISO alpha-3 in any case, or UNO, EUR, IGO")
    f.set_defaults(func=cmd_kb_find)
    w = sub.add_parser("watch", help="poll news feeds, fetch their articles politely, keep the database current")
    w.add_argument("feeds", nargs="*", type=feed_url, help="RSS or Atom addresses; default: `readout feeds list`")
    w.add_argument("--db", default="readout.db")
    w.add_argument("--every", type=duration, help="time between cycles, e.g. 15m (default from settings)")
    w.add_argument("--once", action="store_true", help="one cycle, then exit (for cron)")
    w.set_defaults(func=cmd_watch)
    fd = sub.add_parser("feeds", help="the feeds `readout watch` polls when none are named")
    fd.add_argument("action", choices=["add", "list", "remove"])
    fd.add_argument("url", nargs="*", type=feed_url)
    fd.add_argument("--db", default="readout.db")
    fd.set_defaults(func=cmd_feeds)
    c = sub.add_parser("cache", help="the start-up cache folder")
    csub = c.add_subparsers(dest="cache_command", required=True, parser_class=Parser)
    cp = csub.add_parser("prune", help="remove cached files unused for long, then the least recently used down to a "
                         "size (default from settings: cache_max_age_days, cache_max_mb)")
    cp.add_argument("--max-age-days", type=whole, help="remove files unused this many days")
    cp.add_argument("--max-mb", type=whole, help="then keep at most this many megabytes")
    cp.add_argument("--min-idle-seconds", type=whole, help="never remove a file used this recently "
                    "(default cache_stale_seconds: a running process may read it)")
    cp.add_argument("--dry-run", action="store_true", help="report what would be removed, remove nothing")
    cp.set_defaults(func=cmd_cache_prune)
    s = sub.add_parser("serve", help="HTTP API and web page over a database")
    s.add_argument("--db", default="readout.db")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=port, default=8000)
    s.add_argument("--limit-concurrency", type=concurrency, help="answer 503 at this many open connections or "
                   "running requests (default from settings: api_limit_concurrency; 0: no limit)")
    s.set_defaults(func=cmd_serve)
    return p


EXIT_INTERRUPTED = 130  # the shell's code for a command ended by SIGINT (128 + 2)
INTERRUPTED = ("readout: interrupted; the documents stored so far are kept, and running the same command again "
               "goes on: documents already stored unchanged are not extracted again, and the export is written "
               "at its end")


def main(argv: list[str] | None = None) -> int:
    try:
        args = parser().parse_args(argv)
        return args.func(args)
    except UsageError as exc:
        print(f"readout: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:  # Ctrl-C (harden59): what is stored stays; a message, not a traceback from deep inside
        print(INTERRUPTED, file=sys.stderr)
        return EXIT_INTERRUPTED
    except ReadoutError as exc:
        print(f"readout: {exc}", file=sys.stderr)
        return EXIT_FATAL
    except (sqlite3.Error, OSError) as exc:  # the database or the disk: a message and exit 3, no traceback
        # cold start: the store loads only when a command failed on it
        from readout.store.db import storage_error

        print(f"readout: {storage_error(exc, getattr(args, 'db', None))}", file=sys.stderr)
        return EXIT_FATAL

