"""The numpy half of near-duplicate detection (store/neardup.py): a document's one-permutation MinHash signature
and the similarity of two signatures. Kept apart so that importing the store does not import numpy (about 65 ms of
CPU, a third of a no-change rerun, which stores no document, and of the commands that only read the database): neardup
imports this module when it first computes or compares a signature.
"""
from __future__ import annotations

import numpy as np

from readout.settings import SETTINGS, Settings

EMPTY = np.uint64(np.iinfo(np.uint64).max)  # a bin no shingle fell into
_MIX1, _MIX2 = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)
_ROLL = np.uint64(1_000_003)


def shingle_hashes(text: str, k: int) -> np.ndarray:
    """One 64-bit hash per character shingle of the lower-cased, space-normalized text. The rolling
    product and the finalizer run in place on one array: each numpy operation on a short document
    costs more in its call and temporary array than in its arithmetic."""
    flat = " ".join(text.lower().split())
    codes = np.frombuffer(flat.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    n = max(1, len(codes) - k + 1)
    if len(codes) < k:
        codes = np.concatenate([codes, np.zeros(k - len(codes), dtype=np.uint64)])
    h = codes[:n].copy()
    with np.errstate(over="ignore"):
        for i in range(1, k):
            h *= _ROLL
            h += codes[i:i + n]
        # splitmix64's finalizer: neighbouring shingles get unrelated hashes
        h ^= h >> _SHIFTS[0]
        h *= _MIX1
        h ^= h >> _SHIFTS[1]
        h *= _MIX2
        h ^= h >> _SHIFTS[2]
    return h


_SHIFTS = (np.uint64(30), np.uint64(27), np.uint64(31))


def signature(text: str, settings: Settings = SETTINGS) -> np.ndarray:
    n = settings.minhash_permutations
    h = shingle_hashes(text, settings.shingle_chars)
    sig = np.full(n, EMPTY, dtype=np.uint64)
    np.minimum.at(sig, (h % np.uint64(n)).astype(np.intp), h // np.uint64(n))
    return sig


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Share of bins that agree, among the bins at least one of the two documents filled."""
    filled = (a != EMPTY) | (b != EMPTY)
    n = int(np.count_nonzero(filled))
    return int(np.count_nonzero((a == b) & filled)) / n if n else 0.0


def from_blob(blob: bytes | None) -> np.ndarray | None:
    return np.frombuffer(blob, dtype=np.uint64) if isinstance(blob, bytes) else None
