"""The probe of which state names kiwi fuses with the genitive particle : kept on disk under
its inputs, probed again when a data file's names or the words added before them change, and not
kept when the cache is off."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from readout import cache_files
from readout.lang.ko import sentences


class FakeKiwi:
    """Fuses every name ending in 아 with the particle, as kiwi does with some long state names."""

    def __init__(self) -> None:
        self.probed: list[str] = []

    def tokenize(self, text: str) -> list[SimpleNamespace]:
        self.probed.append(text)
        name = text[:-1]
        return [SimpleNamespace(form=text)] if name.endswith("아") else [SimpleNamespace(form=name)]


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv(cache_files.ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_the_probe_runs_once_then_is_read(folder):
    k = FakeKiwi()
    names = ["가상리아", "가상랜드", "가상스탄"]
    assert sentences.fused_state_names(k, ["홍길동"], names) == ["가상리아"]
    assert len(k.probed) == 3
    again = FakeKiwi()
    assert sentences.fused_state_names(again, ["홍길동"], names) == ["가상리아"]
    assert again.probed == []  # read from the cache, no analysis


@pytest.mark.parametrize("words, names", [
    (["홍길동"], ["가상리아", "가상랜드", "새나라아"]),  # a data file gained a state name
    (["홍길동", "김철수"], ["가상리아", "가상랜드"]),  # a person's name was added before the probe
])
def test_a_changed_input_is_probed_again(folder, words, names):
    sentences.fused_state_names(FakeKiwi(), ["홍길동"], ["가상리아", "가상랜드"])
    k = FakeKiwi()
    assert sentences.fused_state_names(k, words, names) == [n for n in names if n.endswith("아")]
    assert len(k.probed) == len(names)


def test_with_the_cache_off_every_process_probes(monkeypatch):
    monkeypatch.setenv(cache_files.ENV, "off")
    for _ in range(2):
        k = FakeKiwi()
        assert sentences.fused_state_names(k, [], ["가상리아"]) == ["가상리아"]
        assert k.probed == ["가상리아의"]
