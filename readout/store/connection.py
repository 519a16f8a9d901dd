"""Opening a readout database and naming what went wrong with it: the SQLite connection's settings (WAL, so the
web server reads while a run writes), the integrity check at opening, and a database or file-system error turned
into the exception the CLI maps to exit 3.

Why a module of its own (debt53): the `Store` (store/db.py) saves documents and merges events; the web server and
the CLI open databases and name their errors without a `Store`, and db.py was over 400 lines.
"""
from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from readout.errors import CorruptDatabase, DiskError, StorageError
from readout.settings import SETTINGS, Settings


FATAL_SQLITE = ("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_READONLY",
                "SQLITE_CANTOPEN", "SQLITE_NOMEM", "SQLITE_PROTOCOL")


def storage_error(exc: BaseException, path: str | None = None) -> StorageError:
    """A database or file-system error in words, as the exception class the CLI turns into exit 3:
    `CorruptDatabase` (not a database, damaged pages), `DiskError` (full, I/O), else `StorageError`."""
    if isinstance(exc, StorageError):
        return exc
    cause = exc.__context__ or exc.__cause__  # a failed ROLLBACK hides the error that caused it
    if isinstance(cause, (sqlite3.Error, OSError)) and "rollback" in str(exc).lower():
        exc = cause
    name = getattr(exc, "sqlite_errorname", "") or ""
    where = f" ({path})" if path else ""
    text = str(exc)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "not a database" in text or "malformed" in text:
        return CorruptDatabase(f"the database{where} is damaged or not a readout database: {text}; restore it "
                               f"from a backup or start a new one with another --db")
    full = name.startswith("SQLITE_FULL") or getattr(exc, "errno", None) == errno.ENOSPC or "disk is full" in text
    if full:
        return DiskError(f"the disk is full{where}: {text}; everything committed before is kept: free space and "
                         f"run again")
    if isinstance(exc, OSError) and exc.errno != errno.EIO:
        return StorageError(f"cannot write {exc.filename or path}: {exc.strerror or text}")
    if name.startswith("SQLITE_IOERR") or isinstance(exc, OSError) or "disk I/O error" in text:
        return DiskError(f"input/output error{where}: {text}; everything committed before is kept")
    return StorageError(f"database error{where}: {text}")


def is_fatal(exc: sqlite3.Error) -> bool:
    """An error no other document would escape (disk full, I/O, damage): the run stops, not the document."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(FATAL_SQLITE) or "disk is full" in str(exc) or "disk I/O error" in str(exc)


def uri_of(path: str, readonly: bool) -> str:
    """A file URI for `path`: the path is percent-encoded, so `runs#1.db` and `a?b.db` are file names,
    never a URI fragment or query."""
    return f"{Path(path).absolute().as_uri()}?mode={'ro' if readonly else 'rwc'}"


def connect(path: str, readonly: bool = False, settings: Settings = SETTINGS) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(uri_of(path, readonly), uri=True, isolation_level=None, check_same_thread=False,
                               timeout=30)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA cache_size = -{settings.sqlite_cache_mb * 1024}")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            # each document's savepoint journals the pages it changes: in memory, not in a temporary file
            conn.execute("PRAGMA temp_store = MEMORY")
    except sqlite3.Error as exc:
        error = storage_error(exc, path)
        raise (error if isinstance(error, CorruptDatabase) else
               StorageError(f"cannot open database {path}: {exc}")) from exc
    return conn


def check_integrity(conn: sqlite3.Connection, path: str) -> None:
    """SQLite's quick_check on an existing database (every page read once: a damaged file is found
    at opening, not halfway through an export). Raises `CorruptDatabase` with what SQLite said."""
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.Error as exc:
        raise storage_error(exc, path) from exc
    if rows != ["ok"]:
        raise CorruptDatabase(f"the database {path} failed its integrity check: {'; '.join(map(str, rows))}; "
                              f"restore it from a backup or start a new one with another --db")


def open_checked(path: str, readonly: bool = False, settings: Settings = SETTINGS) -> sqlite3.Connection:
    """`connect` plus the integrity check when the file already holds data."""
    existed = Path(path).is_file() and Path(path).stat().st_size > 0
    conn = connect(path, readonly, settings)
    if existed:
        try:
            check_integrity(conn, path)
        except BaseException:
            conn.close()
            raise
    return conn
