"""The pure-Python twin of `minhash.py`: the same one-permutation MinHash signature, bin for bin and byte for byte,
without numpy. A small run (a few new documents: `settings.minhash_numpy_docs`) hashes its documents here and so
never imports numpy (about 65 ms of CPU, more than hashing a dozen documents in Python costs); a large batch uses
numpy, which is faster per shingle once imported. Signatures are `array('Q')`: their bytes are what the database
stores, and band digests and similarity read them the same whichever module made them.
"""
from __future__ import annotations

from array import array

from readout.settings import SETTINGS, Settings

MASK = (1 << 64) - 1
EMPTY = MASK  # a bin no shingle fell into
_MIX1, _MIX2 = 0xBF58476D1CE4E5B9, 0x94D049BB133111EB
_ROLL = 1_000_003


def shingle_hashes(text: str, k: int) -> list[int]:
    """`minhash.shingle_hashes` in Python integers: the rolling product of each k code points modulo 2**64 (kept
    rolling: the first code point's term leaves, the next one's enters), then splitmix64's finalizer."""
    flat = " ".join(text.lower().split())
    codes = list(array("I", flat.encode("utf-32-le")))  # the same error as numpy's on text UTF-32 refuses
    n = max(1, len(codes) - k + 1)
    codes += [0] * (k - len(codes))
    lead = pow(_ROLL, k - 1, 1 << 64)  # the leaving code point's weight
    h = 0
    for c in codes[:k]:
        h = (h * _ROLL + c) & MASK
    out = []
    for i in range(n):
        if i:
            h = ((h - codes[i - 1] * lead) * _ROLL + codes[i + k - 1]) & MASK
        x = h ^ (h >> 30)
        x = (x * _MIX1) & MASK
        x ^= x >> 27
        x = (x * _MIX2) & MASK
        out.append(x ^ (x >> 31))
    return out


def signature(text: str, settings: Settings = SETTINGS) -> array:
    n = settings.minhash_permutations
    sig = [EMPTY] * n
    for h in shingle_hashes(text, settings.shingle_chars):
        b, v = h % n, h // n
        if v < sig[b]:
            sig[b] = v
    return array("Q", sig)


def similarity(a, b) -> float:
    """Share of bins that agree, among the bins at least one of the two documents filled (`minhash.similarity`,
    the same integers and so the same float)."""
    filled = agree = 0
    for x, y in zip(a, b):
        if x != EMPTY or y != EMPTY:
            filled += 1
            agree += x == y
    return agree / filled if filled else 0.0


def from_blob(blob: bytes | None) -> array | None:
    return array("Q", blob) if isinstance(blob, bytes) else None
