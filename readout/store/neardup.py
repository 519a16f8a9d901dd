"""Near-duplicate documents (the same wire story on two sites): MinHash over character shingles, with
LSH bands stored in the database so a new document finds its candidates without comparing to all.
A near-duplicate is linked to the first stored copy and does not enter the band index itself, so a
story republished by fifty sites costs one bucket entry per band, not fifty.

The signature is one-permutation MinHash: every shingle is hashed once and falls into one of
`minhash_permutations` bins, each bin keeping its smallest hash. It estimates Jaccard similarity like
classic MinHash with k hash functions, at the cost of one hash per shingle instead of k. A batch of at least
`minhash_numpy_docs` documents hashes in numpy (`minhash.py`, imported then); a smaller one, unless numpy is already
imported, in Python (`minhash_pure.py`, the same bytes): a small run never pays numpy's import. Signatures are then
read and compared as `array('Q')` (`minhash_pure.from_blob`, `minhash_pure.similarity`), whichever module made them.
"""
from __future__ import annotations

import json
import sqlite3
import sys
from collections import Counter, defaultdict
from collections.abc import MutableMapping
from dataclasses import dataclass
from hashlib import blake2b
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from array import array

    import numpy as np

from readout.settings import SETTINGS, Settings

BANDS = 32


def signature(text: str, settings: Settings = SETTINGS, docs: int | None = None) -> np.ndarray | array:
    """The document's MinHash signature, hashed in Python (`minhash_pure`) when the caller hashes `docs` documents,
    fewer than `settings.minhash_numpy_docs`, and numpy is not imported yet; else in numpy (`minhash`, imported on
    first use; `docs` None: a caller that does not know, a worker of a large run). Both give the same bytes."""
    if docs is not None and docs < settings.minhash_numpy_docs and "numpy" not in sys.modules:
        # cold start: a small batch hashes in pure Python and never loads numpy
        from readout.store import minhash_pure

        return minhash_pure.signature(text, settings)
    # cold start: numpy loads only for a batch large enough to pay for it (minhash_numpy_docs)
    from readout.store import minhash

    return minhash.signature(text, settings)


BAND_BYTES = 8  # a band's digest size


def band_digests(sig: array | np.ndarray) -> list[bytes]:
    """Each band's digest: the band's bins as bytes, hashed. Sliced from the signature's bytes once
    (a numpy row view and its `tobytes` per band cost more than the hash)."""
    rows = len(sig) // BANDS
    raw, step = sig[:rows * BANDS].tobytes(), rows * 8
    return [blake2b(raw[i:i + step], digest_size=BAND_BYTES).digest() for i in range(0, BANDS * step, step)]


def band_key(digest: bytes) -> int:
    """A band's digest as `doc_bands.hash` stores it: a signed 64-bit integer (speed56; a hex string was
    twice the bytes in the table and in its index, and compared as text)."""
    return int.from_bytes(digest, "big", signed=True)


def bands(sig: array) -> list[tuple[int, int]]:
    return [(i, band_key(digest)) for i, digest in enumerate(band_digests(sig))]


@dataclass(frozen=True)
class Fingerprint:
    """A document's signature and its LSH bands, computed where the document was extracted (a worker's
    `parallel.for_store`): hashing every shingle and every band is the costliest part of near-duplicate
    detection, and the main process, which stores serially, then only looks the bands up. `shape` is
    the (permutations, shingle length) it was computed with: the store uses it only when its own
    settings give the same shape, else it computes the signature again."""

    shape: tuple[int, int]
    minhash: bytes  # the signature's uint64 bins, as `documents.minhash` stores them
    digests: bytes  # each band's digest, `BAND_BYTES` each: a fifth of the size of their hex strings

    @property
    def sig(self) -> array:
        # cold start: the pure-Python hashes load only where numpy is not used
        from readout.store import minhash_pure

        return minhash_pure.from_blob(self.minhash)

    @property
    def bands(self) -> list[tuple[int, int]]:
        """What `bands(sig)` gives: (band number, the digest as a signed 64-bit integer)."""
        d = self.digests
        return [(i, band_key(d[i * BAND_BYTES:(i + 1) * BAND_BYTES])) for i in range(len(d) // BAND_BYTES)]


def shape_of(settings: Settings) -> tuple[int, int]:
    return settings.minhash_permutations, settings.shingle_chars


def fingerprint(text: str, settings: Settings = SETTINGS, docs: int | None = None) -> Fingerprint:
    sig = signature(text, settings, docs)
    return Fingerprint(shape_of(settings), sig.tobytes(), b"".join(band_digests(sig)))


def similarity(a: array, b: array) -> float:
    """Share of bins that agree, among the bins at least one of the two documents filled (`minhash_pure.similarity`:
    no numpy for a handful of candidates of 128 bins)."""
    # cold start: the pure-Python hashes load only where numpy is not used
    from readout.store import minhash_pure

    return minhash_pure.similarity(a, b)


def from_blob(blob: bytes | None) -> array | None:
    # cold start: the pure-Python hashes load only where numpy is not used
    from readout.store import minhash_pure

    return minhash_pure.from_blob(blob)


BAND_SEARCH = ("SELECT j.value ->> 0, j.value ->> 1, d.id FROM json_each(?) j CROSS JOIN doc_bands b"
               " JOIN documents d ON d.terms_rowid = b.doc"
               " WHERE b.band = j.value ->> 0 AND b.hash = j.value ->> 1")  # one statement text: compiled once
SEARCH_CHUNK = 4096  # bands per search statement


class BatchBands:
    """The band index as one batch of documents sees it. The bands of all the batch's documents are
    searched in the database in one statement (a search per document was most of the cost of near-
    duplicate detection); the documents of the batch that enter the index are kept here until the
    batch ends, so a later document of the batch finds an earlier one. Memory grows with the batch,
    not with the corpus; the store makes one per batch."""

    def __init__(self, conn: sqlite3.Connection, fingerprints: list[Fingerprint], settings: Settings,
                 kept: MutableMapping[str, array] | None = None):
        self.conn = conn
        self.settings = settings
        self.kept = {} if kept is None else kept  # stored documents' signatures read before (the store's cache)
        self.stored: dict[tuple[int, int], list[str]] = defaultdict(list)  # band -> documents before the batch
        self.added: dict[tuple[int, int], list[str]] = defaultdict(list)  # band -> the batch's documents
        self.signatures: dict[str, array] = {}  # the batch's documents in the index
        self.gone: set[str] = set()  # documents deleted (replaced) in this batch
        self.searched: dict[str, list[tuple[int, int]]] = {}  # document -> its bands, from `link`
        self.undo_log: list[tuple] = []  # what `forget` changed since the document's savepoint began
        self.banded = {fp.minhash: fp.bands for fp in fingerprints}  # each signature's bands, once
        keys = sorted({b for doc_bands in self.banded.values() for b in doc_bands})
        for start in range(0, len(keys), SEARCH_CHUNK):
            for band, digest, doc_id in conn.execute(BAND_SEARCH, (json.dumps(keys[start:start + SEARCH_CHUNK]),)):
                self.stored[(band, digest)].append(doc_id)

    def link(self, doc_id: str, sig: array, number: int) -> tuple[str, float] | None:
        """The stored document `doc_id` near-duplicates (its candidates: those sharing most bands,
        then by id), written to `near_duplicates`; or None, and the document's bands are written to
        the index under its number (`documents.terms_rowid`; `enter` once its savepoint is released)."""
        doc_bands = self.banded.get(sig.tobytes()) or bands(sig)
        self.searched[doc_id] = doc_bands
        stored, added = self.stored, self.added
        shared = Counter([d for key in doc_bands for d in stored.get(key, ()) if d not in self.gone])
        shared.update([d for key in doc_bands for d in added.get(key, ())])
        ranked = sorted(shared.items(), key=lambda c: (-c[1], c[0]))[:self.settings.near_duplicate_candidates]
        kept = self.stored_signatures([d for d, _n in ranked if d not in self.signatures])
        best: tuple[str, float] | None = None
        for other, _n in ranked:
            theirs = self.signatures[other] if other in self.signatures else kept.get(other)
            score = similarity(sig, theirs) if theirs is not None and len(theirs) == len(sig) else 0.0
            if score >= self.settings.near_duplicate_jaccard and (best is None or score > best[1]):
                best = (other, score)
        if best:
            self.conn.execute("INSERT INTO near_duplicates VALUES (?, ?, ?)", (doc_id, *best))
        else:  # only the first copy of a story enters the index: later copies find it, and buckets stay small
            self.conn.executemany("INSERT INTO doc_bands VALUES (?, ?, ?)", [(b, h, number) for b, h in doc_bands])
        return best

    def stored_signatures(self, doc_ids: list[str]) -> dict[str, array]:
        """The signatures of stored documents, from the store's cache or the database. Why a cache that
        outlives the batch: every copy of a story is weighed against its first copy, stored long before."""
        found = {d: self.kept[d] for d in doc_ids if self.kept.get(d) is not None}
        missing = [d for d in doc_ids if d not in found]
        if missing:
            rows = self.conn.execute(f"SELECT id, minhash FROM documents WHERE id IN ({','.join('?' * len(missing))})",
                                     missing)
            for doc_id, blob in rows:
                if (sig := from_blob(blob)) is not None:
                    found[doc_id] = self.kept[doc_id] = sig
        return found

    def enter(self, doc_id: str, sig: array) -> None:
        """A stored document whose bands `link` wrote: later documents of the batch find it."""
        self.signatures[doc_id] = sig
        for key in self.searched.pop(doc_id, None) or bands(sig):
            self.added[key].append(doc_id)

    def forget(self, doc_id: str) -> None:
        """A document deleted (replaced): its bands, stored or of this batch, are no candidates now
        (`undo` puts them back when the deleting document is rolled back)."""
        sig = self.signatures.pop(doc_id, None)
        keys = [key for key, docs in self.added.items() if doc_id in docs] if sig is not None else []
        self.undo_log.append((doc_id, doc_id in self.gone, sig, keys))
        self.gone.add(doc_id)
        for key in keys:
            self.added[key].remove(doc_id)

    def begin(self) -> None:
        """A document's savepoint starts: what `forget` does from here can be undone."""
        self.undo_log = []

    def undo(self) -> None:
        """The document's savepoint was rolled back: the documents it deleted are candidates again."""
        for doc_id, was_gone, sig, keys in reversed(self.undo_log):
            if not was_gone:
                self.gone.discard(doc_id)
            if sig is not None:
                self.signatures[doc_id] = sig
                for key in keys:
                    self.added[key].append(doc_id)
        self.undo_log = []
