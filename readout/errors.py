"""The one exception tree of readout.

Every error that a user can cause derives from `ReadoutError`, carries a stable machine `code`, and
turns into the one JSON error shape {"error": {"code", "message", "detail"}} used by the CLI's
reject report and the HTTP API.

    ReadoutError
    ├── InputError            a document could not be read (named, with the reason)
    │   ├── UnsupportedInput  not a kind readout reads (extension, binary, language)
    │   ├── TooLarge          over a configured limit
    │   ├── BadRecord         a JSONL line or HTML page that does not parse / lacks fields
    │   ├── NotRegularFile    a FIFO, device, socket or symlink loop where a file was expected
    │   ├── Unreadable        the operating system refused to read it (permission, I/O error)
    │   ├── DuplicateId       a second document with an id already read in this run (both named)
    │   └── TimeBudgetExceeded  extraction ran past the per-document time budget
    ├── DataFileError         a knowledge-base or lexicon file failed its schema check
    ├── PipelineError         a pipeline step failed on a document (names the step)
    ├── StorageError          the database refused an operation
    │   ├── CorruptDatabase   the file is not a database, or fails its integrity check
    │   └── DiskError         disk full or an I/O error: the run stops, what was committed stays
    ├── NotFound              an id that is not in the database
    └── CacheOff              `readout cache prune` with the start-up cache turned off
"""
from __future__ import annotations


class ReadoutError(Exception):
    code = "readout_error"

    def __init__(self, message: str, *, doc: str | None = None, detail: dict | None = None):
        super().__init__(message)
        self.message = message
        self.doc = doc
        self.detail = detail or {}

    def to_json(self) -> dict:
        detail = dict(self.detail)
        if self.doc:
            detail.setdefault("doc", self.doc)
        return {"error": {"code": self.code, "message": self.message, "detail": detail}}

    def __str__(self) -> str:
        return f"{self.doc}: {self.message}" if self.doc else self.message


class InputError(ReadoutError):
    code = "input_error"


class UnsupportedInput(InputError):
    code = "unsupported_input"


class TooLarge(InputError):
    code = "too_large"


class BadRecord(InputError):
    code = "bad_record"


class NotRegularFile(InputError):
    code = "not_regular_file"


class Unreadable(InputError):
    code = "unreadable"


class DuplicateId(InputError):
    code = "duplicate_id"


class TimeBudgetExceeded(InputError):
    """A document whose extraction ran past its budget: an input problem (the text is pathological),
    so it is rejected alone and the run goes on."""

    code = "time_budget"


class DataFileError(ReadoutError):
    code = "data_file_error"


class PipelineError(ReadoutError):
    code = "pipeline_error"


class StorageError(ReadoutError):
    code = "storage_error"


class CorruptDatabase(StorageError):
    code = "corrupt_database"


class DiskError(StorageError):
    code = "disk_error"


class NotFound(ReadoutError):
    code = "not_found"


class CacheOff(ReadoutError):
    code = "cache_off"
