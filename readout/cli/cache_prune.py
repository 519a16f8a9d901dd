"""`readout cache prune`: sweeping the start-up cache folder now.

Why its own module (debt55): the cache's upkeep is a group of the command line of its own, apart from the
commands over a database; the sweep is imported inside the command."""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys

from readout.cli.common import EXIT_OK, EXIT_USAGE
from readout.errors import CacheOff
from readout.settings import from_env


def cmd_cache_prune(args: argparse.Namespace) -> int:
    """Sweep the start-up cache folder now (`cache_sweep.prune`): its report as JSON; the cache turned off is the one
    JSON error shape on stderr, exit 2."""
    # cold start: the sweep loads only for this command
    from readout.cache_sweep import prune

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
