"""The pure-Python MinHash (`store/minhash_pure.py`) that a small batch hashes with gives the numpy module's signature
byte for byte, and the same similarity, on random texts of every script and length (empty, shorter than a shingle,
spaces and newlines only, astral code points), so a run stores the same signatures and bands whichever it used."""
from __future__ import annotations

import random

import pytest

from readout.settings import Settings
from readout.store import minhash, minhash_pure, neardup

ALPHABET = "abcxyzABC  \n\t.,-'0123 가나다라마바 éüß ЖЯ 東京 😀"


def random_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    texts = ["", " ", "\n\t ", "ab", "abcd", "abcde", "😀😀😀😀😀😀"]
    for _ in range(count):
        texts.append("".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 600))))
    return texts


@pytest.mark.parametrize("settings", [Settings(), Settings(minhash_permutations=64, shingle_chars=3)])
def test_both_give_identical_signatures(settings):
    for text in random_texts(7, 150):
        assert minhash_pure.signature(text, settings).tobytes() == minhash.signature(text, settings).tobytes(), text


def test_a_lone_surrogate_fails_in_both():
    for module in (minhash, minhash_pure):
        with pytest.raises(UnicodeEncodeError):
            module.signature("Lima \ud800 Quito")


def test_both_give_the_same_similarity():
    texts = random_texts(11, 40)
    base = "The foreign ministers of Peru and Chile met in Lima on a rainy Tuesday to sign a fisheries accord. "
    texts += [base, base + "They will meet again.", base.replace("Tuesday", "Friday")]
    sigs = [minhash.signature(t) for t in texts]
    for a in sigs:
        for b in sigs[-8:]:
            fast = minhash.similarity(a, b)
            assert minhash_pure.similarity(minhash_pure.from_blob(a.tobytes()), minhash_pure.from_blob(b.tobytes())) \
                == fast
            assert neardup.similarity(neardup.from_blob(a.tobytes()), neardup.from_blob(b.tobytes())) == fast


@pytest.mark.parametrize("docs, module", [(1, "minhash_pure"), (31, "minhash_pure"), (32, "minhash"), (None, "minhash")])
def test_the_batch_size_chooses_the_module(docs, module, monkeypatch):
    import sys

    monkeypatch.delitem(sys.modules, "numpy", raising=False)  # not imported yet, as in a fresh small run
    sig = neardup.signature("Ministers of Peru and Chile met in Lima.", Settings(), docs)
    assert type(sig).__module__ == ("array" if module == "minhash_pure" else "numpy")
    assert neardup.fingerprint("Ministers of Peru and Chile met in Lima.", Settings(), docs).minhash == sig.tobytes()


def test_a_small_batch_hashes_in_numpy_once_it_is_imported():
    import numpy  # noqa: F401 - already paid for: the faster module is used

    assert type(neardup.signature("Ministers of Peru and Chile met in Lima.", Settings(), 1)).__module__ == "numpy"
