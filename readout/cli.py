"""The `readout` command: a thin layer over `readout.api`.

Exit codes of `readout run`: 0 every input was read; 1 some inputs were rejected (the others were
processed and exported; the rejects file names them); 2 usage error; 3 the run could not proceed
(database damaged or not a database, disk full, I/O error, data-file error): a one-line message, no
traceback, and everything committed before the error is kept. `export` and `serve` exit 3 likewise.
`watch --once` exits 1 when a feed or a fetch failed (each named, with its reason); `feeds remove`
exits 1 when an address was not in the list.
"""
from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from readout.errors import ReadoutError
from readout.settings import from_env

EXIT_OK, EXIT_REJECTS, EXIT_USAGE, EXIT_FATAL = 0, 1, 2, 3


class UsageError(Exception):
    """A mistake in the command line: one line on stderr, exit 2, no traceback."""


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (what is wrong and where to read more), not the usage block."""

    def error(self, message: str):
        raise UsageError(f"{message} (see `{self.prog} --help`)")


def iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (use YYYY-MM-DD)") from None


def port(value: str) -> int:
    if not value.isdigit() or not 0 < int(value) < 65536:
        raise argparse.ArgumentTypeError(f"not a port number: {value!r} (1-65535)")
    return int(value)


def positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {value!r}")
    return int(value)


def existing_db(path: str) -> str:
    """Export and serve read a database; a wrong path must not create an empty one and report success."""
    if not Path(path).is_file():
        raise UsageError(f"no database at {path} (create one with `readout run ARTICLES --db {path}`)")
    return path


def export_format(out: str, fmt: str | None) -> str:
    """The format from the file's extension unless --format names one; a mismatch is refused."""
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
    from readout.api import run
    from readout.ingest.sources import BLANK_LINE

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
    from readout.export.writers import write_events
    from readout.store.db import Store

    fmt = export_format(args.out, args.format)
    with Store(existing_db(args.db)) as store:
        store.compose_dirty()  # events a killed run left to rebuild
        n = write_events(store.events(), args.out, fmt)
    print(f"wrote {n} events to {args.out} ({fmt})")
    return EXIT_OK


def cmd_kb_check(args: argparse.Namespace) -> int:
    from readout.cache import revalidating

    with revalidating():  # every data file validated again, even when this version's values are cached
        return kb_check()


def kb_check() -> int:
    """Validate every data file (the knowledge base, world tables, lexicons, act lexicons, gazetteers)."""
    from readout.kb import agents, geo, groupings, leaders  # agents.yaml, agents_world.yaml, subdivisions_world.yaml
    from readout.kb.loader import kb, lexicon
    from readout.lang import REGISTRY
    from readout.lang.act_lexicon import act_lexicon_exists, load_act_lexicon
    from readout.lang.en.misspelt_countries import spelling_guard  # spelling_guard_en.yaml
    from readout.lang.en.towns import towns  # towns_world.yaml

    base = kb()
    n_leaders = leaders.check(base.known_codes)
    n_agents, n_regions = agents.check(), len(geo.subdivision_index())
    n_cldr = sum(map(len, geo.cldr_names_ko().values()))  # cities_cldr_ko.yaml (CLDR's Korean exemplar cities)
    n_towns, n_guard = len(towns()), len(spelling_guard())
    from readout.lang.en.common_word_places import common_word_places  # common_word_places.yaml (entowns49)

    n_common = len(common_word_places())
    from readout.lang.venues import venue_table  # venues.yaml (named venues outside any city)

    venue_table()
    n_groupings = groupings.check()  # groupings.yaml
    from readout.kb import hangul_readings  # hangul_transcription.yaml (the loanword orthography's tables)

    n_readings = hangul_readings.check()
    from readout.kb.unique_keys import check_unique_keys  # no data file gives a key twice

    check_unique_keys()
    for lang in REGISTRY:
        lexicon(lang)
    acts = {lang: len(load_act_lexicon(lang)) for lang in ("ko", "en") if act_lexicon_exists(lang)}
    from readout.lang.ko.act_table import act_index  # ko_acts.yaml with its CAMEO supplement, source keys checked

    acts["ko"] = len(act_index())
    print(f"knowledge base OK: {len(base.persons)} persons, {len(base.offices)} offices, "
          f"{len(base.organizations)} organizations, {len(base.countries.countries)} countries, "
          f"{len(base.places)} place aliases, {n_leaders} world leaders, {n_agents} agent nouns, {n_regions} regions, "
          f"{n_cldr} CLDR city names, "
          f"{n_towns} towns, {n_common} common-word places, {n_guard} spelling-guard words, {n_groupings} groupings, {n_readings} transcription syllables; lexicons ko, en compile; act lexicons "
          + (", ".join(f"{lang} {n} entries" for lang, n in acts.items()) or "none"))
    return EXIT_OK


def cmd_kb_find(args: argparse.Namespace) -> int:
    """A name: what it resolves to. No name but an office: who held the office (of the country) on the day."""
    from readout.kb.knowledge import Knowledge
    from readout.kb.loader import kb

    try:
        day = date.fromisoformat(args.date) if args.date else date.today()
    except ValueError:
        return usage_error(f"--date {args.date!r} is not a date (YYYY-MM-DD)")
    country = args.country.upper() if args.country else None
    if country and country not in kb().known_codes:
        return usage_error(f"--country {args.country!r} is not a known country code (ISO alpha-3, UNO, EUR, IGO)")
    if args.office and args.office not in kb().offices:
        return usage_error(f"--office {args.office!r} is not an office id (see readout/data/offices.yaml)")
    if args.name:
        entity = Knowledge.load().resolver.resolve(args.name, args.office, country, day)
        print(json.dumps(entity.to_record() | {"reason": entity.reason}, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not args.office:
        return usage_error("kb find needs a name, or --office (with --country and --date)")
    print(json.dumps(office_holders(args.office, country, day), ensure_ascii=False, indent=2))
    return EXIT_OK


def office_holders(office: str, country: str | None, day: date) -> dict:
    """The answer to "who was Japan's foreign minister on 2025-01-20": each holder with the tenure that covers
    the day (an equivalent office counts: the US Secretary of State for foreign_minister)."""
    from readout.kb.loader import kb

    base = kb()
    found = []
    for p in base.holders(office, day, country):
        for t in p.offices:
            if base.same_office(t.office, office) and t.covers(day) and country in (None, p.tenure_country(t)):
                found.append({"id": p.id, "name": p.name, "ko": p.ko[:1], "country": p.tenure_country(t),
                              "office": t.office, "from": t.from_.isoformat(),
                              "to": t.to.isoformat() if t.to else None})
    return {"office": office, "country": country, "date": day.isoformat(), "holders": found}


def usage_error(message: str) -> int:
    print(f"readout: {message}", file=sys.stderr)
    return EXIT_USAGE


def cmd_cache_prune(args: argparse.Namespace) -> int:
    """Sweep the start-up cache folder now (`cache_sweep.prune`): its report as JSON; the cache turned off is the one
    JSON error shape on stderr, exit 2."""
    import dataclasses

    from readout.cache_sweep import prune
    from readout.errors import CacheOff

    settings = from_env()
    changes = {k: v for k, v in (("cache_max_age_days", args.max_age_days), ("cache_max_mb", args.max_mb),
                                 ("cache_stale_seconds", args.min_idle_seconds)) if v is not None}
    try:
        report = prune(dataclasses.replace(settings, **changes), dry_run=args.dry_run)
    except CacheOff as exc:
        print(json.dumps(exc.to_json(), ensure_ascii=False), file=sys.stderr)
        return EXIT_USAGE
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return EXIT_OK


def whole(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}")
    return int(value)


def cmd_serve(args: argparse.Namespace) -> int:
    from readout.web.server import serve

    serve(existing_db(args.db), args.host, args.port, from_env())  # prints the address it serves at
    return EXIT_OK


DURATION_RE = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd]?)")
DURATION_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def duration(value: str) -> float:
    """'15m', '90s', '1h' or a number of seconds."""
    m = DURATION_RE.fullmatch(value.strip().lower())
    if not m or float(m.group(1)) <= 0:
        raise argparse.ArgumentTypeError(f"not a duration: {value!r} (e.g. 15m, 90s, 1h)")
    return float(m.group(1)) * DURATION_UNITS[m.group(2)]


def feed_url(value: str) -> str:
    if not re.match(r"https?://[^/\s]+", value):
        raise argparse.ArgumentTypeError(f"not a feed address: {value!r} (http:// or https://)")
    return value


def cmd_watch(args: argparse.Namespace) -> int:
    from readout.store.db import Store
    from readout.watch import WatchState, Watcher

    settings = from_env()
    with Store(args.db, settings=settings) as store:
        feeds = args.feeds or [f["url"] for f in WatchState(store.conn).feeds()]
    if not feeds:
        raise UsageError(f"no feeds to watch: name them, or add them with `readout feeds add URL --db {args.db}`")
    reports = Watcher(args.db, settings).run(feeds, once=args.once, every=args.every)
    failed = any(r.feed_failures or r.failed for r in reports)
    if args.once:  # for cron: what went wrong, by address (a long watch keeps it in the database)
        for r in reports:
            for url, reason in r.feed_failures + r.failed + r.rejected:
                print(f"  {url}: {reason}")
            for url in r.forbidden:
                print(f"  {url}: forbidden by robots.txt")
    return EXIT_REJECTS if failed and args.once else EXIT_OK


def cmd_feeds(args: argparse.Namespace) -> int:
    from readout.store.db import Store
    from readout.watch import WatchState

    if args.action != "add":
        existing_db(args.db)
    if args.action != "list" and not args.url:
        raise UsageError(f"feeds {args.action} needs a feed address")
    with Store(args.db) as store:
        state = WatchState(store.conn)
        if args.action == "add":
            for url in args.url:
                state.add_feed(url, listed=True)
            print(f"{len(args.url)} feeds added to {args.db}")
        elif args.action == "remove":
            gone = [url for url in args.url if state.remove_feed(url)]
            for url in sorted(set(args.url) - set(gone)):
                print(f"readout: no feed {url} in {args.db}", file=sys.stderr)
            print(f"{len(gone)} feeds removed")
            return EXIT_OK if len(gone) == len(args.url) else EXIT_REJECTS
        else:
            for f in state.feeds():
                status = f"failing ({f['failures']}: {f['last_error']})" if f["failures"] else "ok"
                print(f"{f['url']}\tlast polled {f['last_polled'] or 'never'}\t{status}")
    return EXIT_OK


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
    s.set_defaults(func=cmd_serve)
    return p


def main(argv: list[str] | None = None) -> int:
    try:
        args = parser().parse_args(argv)
        return args.func(args)
    except UsageError as exc:
        print(f"readout: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ReadoutError as exc:
        print(f"readout: {exc}", file=sys.stderr)
        return EXIT_FATAL
    except (sqlite3.Error, OSError) as exc:  # the database or the disk: a message and exit 3, no traceback
        from readout.store.db import storage_error

        print(f"readout: {storage_error(exc, getattr(args, 'db', None))}", file=sys.stderr)
        return EXIT_FATAL


if __name__ == "__main__":
    sys.exit(main())
