"""Rows a batch writes at its end: one statement per table and batch instead of one per document (speed60b).

Why: a document's report rows, blocks and mentions were one `executemany` each per document, and each document
ran in its own savepoint, so that a document the database refused was rolled back alone. Under a batch of a
hundred documents that is three hundred statements where three do. `DeferringConnection` is the store's
connection with a hold: while `deferring`, the rows of `DEFERRED` tables given to `write` are kept in Python,
checked (`checked`), and written only when a statement could see them: one naming their table, one that may
delete a row their foreign keys reference (`PARENTS`), a transaction's end (`flush`), or any other kind of
statement. A reader therefore never misses a held row, and the rows reach the table in the order they were
given (rowid order is what `EventWriter.members_of` reads as a record's earliest members). A ROLLBACK drops
what is held: it was never written. Limits: a statement is classified by its words (cached per SQL text); a
table reached only through a trigger would be missed (the store has none).
"""
from __future__ import annotations

import re
import sqlite3
from typing import Any, Callable, Iterable

# deferred table -> tables its rows reference by foreign key (a DELETE there may cascade to, or be refused by, them)
PARENTS: dict[str, tuple[str, ...]] = {"doc_events": ("documents", "events"), "event_blocks": (), "mentions": ()}
DEFERRED = frozenset(PARENTS)
BINDABLE = frozenset({str, int, float, bytes, bool, type(None)})  # what sqlite3 binds without an adapter
READING = frozenset({"SELECT", "INSERT", "UPDATE", "DELETE", "REPLACE", "WITH"})  # statements read by their words
DISCARD = "discard"  # what a ROLLBACK does to the held rows
SEEN_KEPT = 4096  # statement texts whose classification is kept
WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class UnwritableRow(ValueError):
    """A held row sqlite3 would refuse (a value it cannot bind, or the wrong number of values)."""


def tables_seen(sql: str) -> frozenset[str] | str:
    """The deferred tables a statement could see (their held rows are written first), or `DISCARD`."""
    words = WORD.findall(sql)
    first = words[0].upper() if words else ""
    if first == "ROLLBACK":
        return DISCARD
    if first not in READING:  # SAVEPOINT, RELEASE, COMMIT, PRAGMA, CREATE ...: everything is written first
        return DEFERRED
    named = set(words)
    deletes = first == "DELETE" or any(w.upper() == "REPLACE" for w in words)  # INSERT OR REPLACE deletes too
    return frozenset(t for t, parents in PARENTS.items()
                     if t in named or (deletes and any(p in named for p in parents)))


def checked(rows: list[tuple], width: int) -> list[tuple]:
    """`rows` when each holds `width` values sqlite3 binds; else `UnwritableRow`. Why here: a held row is
    written with the batch's others, and a row refused then would fail the batch, not its document."""
    for row in rows:
        if len(row) != width or not BINDABLE.issuperset(map(type, row)):  # in C: no Python step per value
            raise UnwritableRow(f"a row of {width} columns cannot be written: {row!r:.200}")
    return rows


class DeferringConnection:
    """A `sqlite3.Connection` (every other attribute is the wrapped one's) that holds deferred rows while
    `deferring`; see the module's docstring."""

    def __init__(self, raw: sqlite3.Connection):
        self.raw = raw
        self.deferring = False
        self.held: dict[str, list[tuple[str, list[tuple]]]] = {}  # table -> [(INSERT statement, rows)] in order
        self.seen: dict[str, frozenset[str] | str] = {}  # SQL text -> `tables_seen`

    def __getattr__(self, name: str) -> Any:
        return getattr(self.raw, name)

    def execute(self, sql: str, params: Iterable = ()) -> sqlite3.Cursor:
        if self.held:
            self.before(sql)
        return self.raw.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable) -> sqlite3.Cursor:
        if self.held:
            self.before(sql)
        return self.raw.executemany(sql, rows)

    def write(self, table: str, sql: str, rows: list[tuple]) -> None:
        """Insert `rows` into deferred `table` with `sql`: held (checked) while deferring, else now."""
        if not rows:
            return
        if not self.deferring:
            self.executemany(sql, rows)
            return
        groups = self.held.setdefault(table, [])
        if groups and groups[-1][0] == sql:
            groups[-1][1].extend(checked(rows, sql.count("?")))
        else:
            groups.append((sql, list(checked(rows, sql.count("?")))))

    def before(self, sql: str) -> None:
        """Write (or drop, before a ROLLBACK) the held rows the statement `sql` could see."""
        tables = self.seen.get(sql)
        if tables is None:
            if len(self.seen) >= SEEN_KEPT:  # texts with a list of placeholders vary; most are few
                self.seen.clear()
            tables = self.seen[sql] = tables_seen(sql)
        if not tables:  # most statements: none of the held tables
            return
        if tables == DISCARD:
            self.held.clear()
            return
        for table in [t for t in self.held if t in tables]:
            for statement, rows in self.held.pop(table):
                self.raw.executemany(statement, rows)

    def flush(self) -> None:
        """Write every held row (a batch's end)."""
        if self.held:
            self.before("COMMIT")


Write = Callable[[str, str, list], None]  # (deferred table, its INSERT statement, rows)


def writer_of(conn: sqlite3.Connection | DeferringConnection) -> Write:
    """`conn.write` of a store's connection; for a plain connection (a test's), rows written at once."""
    if isinstance(conn, DeferringConnection):
        return conn.write

    def write(_table: str, sql: str, rows: list[tuple]) -> None:
        if rows:
            conn.executemany(sql, rows)
    return write
