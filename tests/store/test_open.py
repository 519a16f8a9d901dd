"""Opening the database: a path is a path (never a URI), a damaged file is refused with exit 3 by every
command, a full disk stops the run with exit 3 and keeps what was committed, exports are all or nothing."""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import uuid
from pathlib import Path

import pytest

from readout.cli import main
from readout.cli.common import EXIT_FATAL, EXIT_USAGE
from readout.errors import CorruptDatabase, DiskError, StorageError
from readout.export.writers import write_events
from readout.store.connection import storage_error
from readout.store.db import Store
from tests.conftest import SAMPLES

EN = ("U.S. Secretary of State Antony Blinken met South Korean Foreign Minister Park Jin in Washington on Monday. "
      "The two ministers condemned North Korea's provocations.")


@pytest.mark.parametrize("name", ["runs#1.db", "a?b.db", "x%20y.db", "with space.db", "semi;colon.db"])
def test_db_is_a_path_never_a_uri(tmp_path, name):
    with Store(str(tmp_path / name)) as store:
        store.counts()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".db" or p.name == name) == [name]
    assert not (tmp_path / "runs").exists() and not (tmp_path / "a").exists()


@pytest.fixture(scope="module")
def good_db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("good")
    db = folder / "good.db"
    assert main(["run", str(SAMPLES), "--db", str(db), "--quiet"]) == 0
    return db


def damaged_copy(good: Path, tmp_path: Path, how: str) -> Path:
    db = tmp_path / "bad.db"
    if how == "not a database":
        db.write_bytes(b"this is a text file, not SQLite\n" * 200)
        return db
    shutil.copy(good, db)
    data = bytearray(db.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    if how == "header":
        data[0:16] = b"garbage garbage!"
    else:  # the middle: every page after the schema page, partly overwritten
        for start in range(page * 2, len(data) - page, page):
            data[start + 8:start + 64] = os.urandom(56)
    db.write_bytes(bytes(data))
    return db


@pytest.mark.parametrize("how", ["not a database", "header", "middle"])
@pytest.mark.parametrize("command", ["run", "export", "serve"])
def test_a_damaged_database_is_refused_by_every_command(good_db, tmp_path, capsys, how, command):
    db = damaged_copy(good_db, tmp_path, how)
    args = {"run": ["run", str(SAMPLES), "--db", str(db), "--quiet"],
            "export": ["export", "--db", str(db), "--out", str(tmp_path / "e.jsonl")],
            "serve": ["serve", "--db", str(db), "--port", "1"]}[command]
    assert main(args) == EXIT_FATAL
    err = capsys.readouterr().err
    assert "damaged" in err or "integrity" in err, err
    assert "Traceback" not in err
    assert not (tmp_path / "e.jsonl").exists()


def test_export_of_a_missing_database_is_a_usage_error(tmp_path, capsys):
    assert main(["export", "--db", str(tmp_path / "none.db"), "--out", str(tmp_path / "e.jsonl")]) == EXIT_USAGE
    assert "no database" in capsys.readouterr().err and not (tmp_path / "none.db").exists()


def test_out_into_a_missing_folder_is_refused_before_the_run(tmp_path, capsys):
    code = main(["run", str(SAMPLES), "--db", str(tmp_path / "r.db"), "--out", str(tmp_path / "no" / "e.jsonl"),
                 "--quiet"])
    assert code == EXIT_FATAL and "does not exist" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_a_failed_export_leaves_the_previous_file_and_no_partial_one(tmp_path, fmt):
    out = tmp_path / f"e.{fmt}"
    out.write_text("previous export")

    def records():
        yield {"id": "ev1", "date": "2024-01-01", "type": "CONSULT", "mode": None, "status": "occurred",
               "actors": [], "recipients": [], "sources": []}
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        write_events(records(), str(out), fmt)
    assert out.read_text() == "previous export"
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


@pytest.mark.parametrize("exc,cls", [
    (sqlite3.DatabaseError("file is not a database"), CorruptDatabase),
    (sqlite3.DatabaseError("database disk image is malformed"), CorruptDatabase),
    (sqlite3.OperationalError("database or disk is full"), DiskError),
    (sqlite3.OperationalError("disk I/O error"), DiskError),
    (OSError(28, "No space left on device"), DiskError),
    (sqlite3.OperationalError("no such table: x"), StorageError),
])
def test_storage_errors_in_words(exc, cls):
    assert type(storage_error(exc, "r.db")) is cls


@pytest.fixture
def small_disk(tmp_path):
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    mnt = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", str(mnt)], capture_output=True).returncode:
        pytest.skip("this machine does not allow mounting a tmpfs")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_a_full_disk_stops_the_run_with_exit_3_and_keeps_what_was_committed(small_disk, tmp_path, capsys):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(400):
        (folder / f"a{i:03d}.txt").write_text(f"{EN} Report number {i} of the series, {'filler ' * 40}.",
                                              encoding="utf-8")
    db = small_disk / "r.db"
    code = main(["run", str(folder), "--db", str(db), "--quiet"])
    err = capsys.readouterr().err
    assert code == EXIT_FATAL and "disk is full" in err and "Traceback" not in err, err
    with Store(str(db), readonly=True) as store:  # committed batches intact, the database opens and checks
        assert store.counts()["documents"] % 100 == 0


def test_an_export_onto_a_full_disk_leaves_nothing_behind(small_disk, good_db, capsys):
    out = small_disk / "e.jsonl"
    with open(small_disk / "filler", "wb", buffering=0) as f:  # fill the disk to the last byte
        try:
            while True:
                f.write(b"x" * 4096)
                f.flush()
        except OSError:
            pass
    code = main(["export", "--db", str(good_db), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == EXIT_FATAL and ("full" in err or "space" in err), err
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


def test_export_writes_a_complete_file(good_db, tmp_path):
    out = tmp_path / "e.jsonl"
    assert main(["export", "--db", str(good_db), "--out", str(out)]) == 0
    assert all(json.loads(x)["id"] for x in out.read_text().splitlines())
