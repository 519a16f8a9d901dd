"""What every `readout` command shares: the exit codes, the one-line usage error, and the argument types.

Why its own module (debt55): the commands live in one module per group (run.py, kb.py, watch.py, cache_prune.py)
and the parser in readout/cli/__init__.py imports them all; the pieces they share sit here so no command module
imports the package that imports it."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_REJECTS, EXIT_USAGE, EXIT_FATAL = 0, 1, 2, 3


class UsageError(Exception):
    """A mistake in the command line: one line on stderr, exit 2, no traceback."""


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (what is wrong and where to read more), not the usage block."""

    def error(self, message: str):
        raise UsageError(f"{message} (see `{self.prog} --help`)")


def port(value: str) -> int:
    if not value.isdigit() or not 0 < int(value) < 65536:
        raise argparse.ArgumentTypeError(f"not a port number: {value!r} (1-65535)")
    return int(value)


def positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {value!r}")
    return int(value)


def concurrency(value: str) -> int:
    """`serve --limit-concurrency`: 0 (no limit) or at least 2. Why not 1: uvicorn counts the asking connection among
    the open ones, so a limit of 1 answers every request 503, a server that serves nothing (harden57)."""
    if not value.isdigit() or int(value) == 1:
        raise argparse.ArgumentTypeError(f"not a concurrency limit: {value!r} (0 for none, or 2 and more: the "
                                         f"asking connection counts, so 1 would refuse every request)")
    return int(value)


def existing_db(path: str) -> str:
    """Export and serve read a database; a wrong path must not create an empty one and report success."""
    if not Path(path).is_file():
        raise UsageError(f"no database at {path} (create one with `readout run ARTICLES --db {path}`)")
    return path


def usage_error(message: str) -> int:
    print(f"readout: {message}", file=sys.stderr)
    return EXIT_USAGE


def whole(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}")
    return int(value)
