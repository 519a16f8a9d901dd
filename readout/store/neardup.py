"""Near-duplicate documents (the same wire story on two sites): MinHash over character shingles, with
LSH bands stored in the database so a new document finds its candidates without comparing to all.
A near-duplicate is linked to the first stored copy and does not enter the band index itself, so a
story republished by fifty sites costs one bucket entry per band, not fifty.

The signature is one-permutation MinHash: every shingle is hashed once and falls into one of
`minhash_permutations` bins, each bin keeping its smallest hash. It estimates Jaccard similarity like
classic MinHash with k hash functions, at the cost of one hash per shingle instead of k, all in numpy.
"""
from __future__ import annotations

import hashlib
import sqlite3

import numpy as np

from readout.settings import SETTINGS, Settings

BANDS = 32
EMPTY = np.uint64(np.iinfo(np.uint64).max)  # a bin no shingle fell into
_MIX1, _MIX2 = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)
_ROLL = np.uint64(1_000_003)


def shingle_hashes(text: str, k: int) -> np.ndarray:
    """One 64-bit hash per character shingle of the lower-cased, space-normalized text."""
    flat = " ".join(text.lower().split())
    codes = np.frombuffer(flat.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    n = max(1, len(codes) - k + 1)
    if len(codes) < k:
        codes = np.concatenate([codes, np.zeros(k - len(codes), dtype=np.uint64)])
    h = codes[:n].copy()
    with np.errstate(over="ignore"):
        for i in range(1, k):
            h = h * _ROLL + codes[i:i + n]
        # splitmix64's finalizer: neighbouring shingles get unrelated hashes
        h ^= h >> np.uint64(30)
        h *= _MIX1
        h ^= h >> np.uint64(27)
        h *= _MIX2
        h ^= h >> np.uint64(31)
    return h


def signature(text: str, settings: Settings = SETTINGS) -> np.ndarray:
    n = settings.minhash_permutations
    h = shingle_hashes(text, settings.shingle_chars)
    sig = np.full(n, EMPTY, dtype=np.uint64)
    np.minimum.at(sig, (h % np.uint64(n)).astype(np.intp), h // np.uint64(n))
    return sig


def bands(sig: np.ndarray) -> list[tuple[int, str]]:
    rows = len(sig) // BANDS
    return [(i, hashlib.blake2b(sig[i * rows:(i + 1) * rows].tobytes(), digest_size=8).hexdigest())
            for i in range(BANDS)]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Share of bins that agree, among the bins at least one of the two documents filled."""
    filled = (a != EMPTY) | (b != EMPTY)
    return float((a[filled] == b[filled]).mean()) if filled.any() else 0.0


def from_blob(blob: bytes | None) -> np.ndarray | None:
    return np.frombuffer(blob, dtype=np.uint64) if isinstance(blob, bytes) else None


def link(conn: sqlite3.Connection, doc_id: str, body: str, settings: Settings,
         sig: np.ndarray | None = None) -> tuple[str, float] | None:
    """Store the document's bands (and its signature, unless `sig` is given: then the caller wrote it
    with the document row, which spares rewriting that row and its text); return the stored document
    it near-duplicates."""
    if sig is None:
        sig = signature(body, settings)
        conn.execute("UPDATE documents SET minhash = ? WHERE id = ?", (sig.tobytes(), doc_id))
    doc_bands = bands(sig)
    pairs = " OR ".join("(band = ? AND hash = ?)" for _ in doc_bands)  # one index search per band
    candidates = conn.execute(  # the candidates with their signatures, in one query
        f"SELECT c.doc_id, d.minhash FROM (SELECT doc_id, count(*) AS n FROM doc_bands WHERE {pairs}"
        " GROUP BY doc_id ORDER BY n DESC, doc_id LIMIT ?) c JOIN documents d ON d.id = c.doc_id"
        " ORDER BY c.n DESC, c.doc_id",
        [*(x for pair in doc_bands for x in pair), settings.near_duplicate_candidates]).fetchall()
    best: tuple[str, float] | None = None
    for other, blob in candidates:
        stored = from_blob(blob)
        score = similarity(sig, stored) if stored is not None and len(stored) == len(sig) else 0.0
        if score >= settings.near_duplicate_jaccard and (best is None or score > best[1]):
            best = (other, score)
    if best:
        conn.execute("INSERT INTO near_duplicates VALUES (?, ?, ?)", (doc_id, *best))
    else:  # only the first copy of a story enters the index: later copies find it, and buckets stay small
        conn.executemany("INSERT INTO doc_bands VALUES (?, ?, ?)", [(band, h, doc_id) for band, h in doc_bands])
    return best
