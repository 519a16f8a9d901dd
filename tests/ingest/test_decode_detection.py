"""decode(): after BOMs, declared charsets, UTF-8 and CP949, charset-normalizer's detection is tried
before a file is rejected."""
from __future__ import annotations

import pytest

from readout.errors import UnsupportedInput
from readout.ingest.decode import decode

RUSSIAN = "Министр иностранных дел встретился со своим коллегой и обсудил сотрудничество двух стран. " * 3


@pytest.mark.parametrize("encoding", ["koi8-r", "cp1251"])
def test_an_encoding_none_of_the_fixed_candidates_reads(encoding):
    text = decode(RUSSIAN.encode(encoding), "ru.txt")
    assert "Министр" in text


def test_undecodable_bytes_are_still_rejected():
    with pytest.raises(UnsupportedInput):
        decode(bytes(range(256)) * 8, "noise.bin")
