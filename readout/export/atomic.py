"""Exports appear whole or not at all: written to a temporary file beside the target and renamed
into place (a rename within one folder is atomic), so a full disk, a crash or a bad record never
leaves a partial export where the previous good one was."""
from __future__ import annotations

import contextlib
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator


@contextmanager
def replacing(path: str) -> Iterator[tuple[int, str]]:
    """(debt46) A temporary file in `path`'s folder (its descriptor, its name), renamed to `path` when the block ends
    well and removed on any error, which goes on (the old file, if any, is untouched): what both writers below share."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        yield fd, tmp
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextmanager
def atomic_write(path: str, mode: str = "w", **kwargs) -> Iterator[IO]:
    """Open a temporary file in `path`'s folder; on success flush, fsync and rename it to `path`;
    on any error remove it and let the error go on (the old file, if any, is untouched)."""
    with replacing(path) as (fd, _tmp), os.fdopen(fd, mode, **kwargs) as f:
        yield f
        f.flush()
        os.fsync(f.fileno())


@contextmanager
def atomic_path(path: str) -> Iterator[str]:
    """A temporary path for writers that want a file name (Parquet), renamed to `path` on success."""
    with replacing(path) as (fd, tmp):
        os.close(fd)
        yield tmp
