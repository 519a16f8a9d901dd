"""Long patterns a document asks for first (after the start-up, whose patterns a process finds compiled) come
from the start-up cache's stored programs (speed22), and match as `re.compile`'s."""
from __future__ import annotations

import re

import pytest

from readout import cache, cache_files
from readout.lang.en import mentions, rank_owner


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv(cache_files.ENV, str(tmp_path / "cache"))
    for fn in (rank_owner.owner_re, mentions.aide_re):
        fn.cache_clear()
    yield tmp_path / "cache"
    for fn in (rank_owner.owner_re, mentions.aide_re):
        fn.cache_clear()


@pytest.mark.parametrize("reader, text", [
    (rank_owner.owner_re, "Speaking for the talks, Chile's chief military negotiator"),
    (rank_owner.owner_re, "the Norwegian defence spokesman"),
    (mentions.aide_re, "Maria Lindqvist, a senior adviser to the Swedish prime minister, said on Friday"),
    (mentions.aide_re, "Tomas Berg, the envoy of Finland, said"),
])
def test_a_late_long_pattern_is_kept_and_matches_as_re_does(folder, reader, text):
    built = reader()
    assert len(built.pattern) >= cache.SETTINGS.cache_long_pattern_chars  # long enough to be kept
    assert list((folder / "re").glob("*.pickle"))  # its program is stored for the next process
    reader.cache_clear()
    stored = reader()  # the next process: read from the stored program
    plain = re.compile(built.pattern)
    assert stored.groupindex == plain.groupindex
    got, want = stored.search(text), plain.search(text)
    assert want is not None
    assert got.span() == want.span() and got.groupdict() == want.groupdict()
