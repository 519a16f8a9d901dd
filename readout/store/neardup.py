"""Near-duplicate documents (the same wire story on two sites): MinHash over character shingles, with
LSH bands stored in the database so a new document finds its candidates without comparing to all."""
from __future__ import annotations

import hashlib
import re
import zlib

import numpy as np

from readout.settings import SETTINGS

PRIME = (1 << 61) - 1
BANDS = 32


def _params(n: int) -> tuple[np.ndarray, np.ndarray]:
    """The hash family's coefficients: fixed by a seed, so signatures agree across runs and machines."""
    rng = np.random.default_rng(20241114)
    return (rng.integers(1, PRIME, size=n, dtype=np.uint64), rng.integers(0, PRIME, size=n, dtype=np.uint64))


def shingles(text: str) -> set[str]:
    flat = re.sub(r"\s+", " ", text).strip().lower()
    k = SETTINGS.shingle_chars
    return {flat[i:i + k] for i in range(max(1, len(flat) - k + 1))}


def signature(text: str) -> list[int]:
    n = SETTINGS.minhash_permutations
    hashes = np.array([zlib.crc32(s.encode()) for s in shingles(text)], dtype=np.uint64)
    a, b = _params(n)
    # uint64 arithmetic wraps before the modulus: still a fixed, well-mixed family of hash functions
    values = (hashes[None, :] * a[:, None] + b[:, None]) % np.uint64(PRIME)
    return values.min(axis=1).tolist()


def bands(sig: list[int]) -> list[tuple[int, str]]:
    rows = len(sig) // BANDS
    return [(i, hashlib.sha1(str(sig[i * rows:(i + 1) * rows]).encode()).hexdigest()[:16]) for i in range(BANDS)]


def similarity(a: list[int], b: list[int]) -> float:
    return sum(x == y for x, y in zip(a, b)) / len(a) if a else 0.0
