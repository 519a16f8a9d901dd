"""`readout watch` and `readout feeds`: polling news feeds into a database, and the list of feeds polled.

Why its own module (debt55): the feed commands are one group of the command line with their own argument types
(`duration`, `feed_url`); readout.watch is imported inside the commands (it pulls the HTTP client)."""
from __future__ import annotations

import argparse
import re
import sys

from readout.cli.common import EXIT_OK, EXIT_REJECTS, UsageError, existing_db
from readout.settings import from_env


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
    # cold start: the store and the HTTP client load only for `watch`
    from readout.store.db import Store
    from readout.watch import WatchState, Watcher  # (as above)

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
    # cold start: the store and the watcher load only for `feeds`
    from readout.store.db import Store
    from readout.watch import WatchState  # (as above)

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
