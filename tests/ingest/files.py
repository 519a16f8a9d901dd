"""Reading one file the tests write: the helper the ingest test tables share (json_file, compressed, fuzz57,
harden58, harden58b)."""
from __future__ import annotations

from readout.ingest.sources import read_documents
from readout.settings import SETTINGS


def read(tmp_path, name: str, data: str | bytes, settings=SETTINGS) -> list:
    """What `read_documents` yields for a file `name` holding `data` (text written as UTF-8)."""
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return list(read_documents([str(path)], settings))
