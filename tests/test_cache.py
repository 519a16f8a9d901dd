"""The start-up cache (readout/cache.py): values keyed by the package's files, never stale; compiled
patterns identical to `re.compile`'s; an unusable folder means building as before; a cached and a
fresh start extract the same events."""
from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from readout import cache, cache_digests, cache_files, cache_patterns
from readout.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv(cache_files.ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_value_is_built_once_then_read(folder):
    calls = []

    def build():
        calls.append(1)
        return {"a": [1, 2]}

    assert cache.cached("thing", build) == {"a": [1, 2]}
    assert cache.cached("thing", build) == {"a": [1, 2]}
    assert len(calls) == 1
    assert len(list(folder.glob("thing@*.pickle"))) == 1


def test_a_changed_data_file_changes_the_key(tmp_path):
    copy = tmp_path / "readout"
    shutil.copytree(cache_digests.PACKAGE / "data", copy / "data")
    before = cache.package_hash(copy)
    places = copy / "data" / "places.yaml"
    places.write_text(places.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    cache.package_hash.cache_clear()
    assert cache.package_hash(copy) != before


def test_a_new_package_version_rebuilds(folder, monkeypatch):
    assert cache.cached("thing", lambda: "old") == "old"
    monkeypatch.setattr(cache, "package_hash", lambda: "another version")
    assert cache.cached("thing", lambda: "new") == "new"  # not the stale value
    assert len(list(folder.glob("thing@*.pickle"))) == 2  # the other version's value stays a while
    old, recent = sorted(folder.glob("thing@*.pickle"))
    os.utime(old, (0, 0))  # unused for long: removed when the next value is written
    monkeypatch.setattr(cache, "package_hash", lambda: "a third version")
    assert cache.cached("thing", lambda: "third") == "third"
    assert not old.exists() and recent.exists()


@pytest.mark.parametrize("value", ["off", "", "OFF"])
def test_the_cache_can_be_turned_off(monkeypatch, value):
    monkeypatch.setenv(cache_files.ENV, value)
    assert cache.cache_dir() is None
    calls = []
    cache.cached("thing", lambda: calls.append(1))
    cache.cached("thing", lambda: calls.append(1))
    assert len(calls) == 2


def test_an_unwritable_folder_builds_as_before(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(cache_files.ENV, str(blocker / "cache"))
    assert cache.cached("thing", lambda: 42) == 42
    long = Settings().cache_long_pattern_chars
    assert cache_patterns.compile_pattern("x" * long).match("x" * long)


def test_a_corrupt_file_is_rebuilt(folder):
    cache.cached("thing", lambda: 1)
    for path in folder.glob("thing@*.pickle"):
        path.write_bytes(b"not a pickle")
    assert cache.cached("thing", lambda: 2) == 2


LONG = r"\b(?P<word>" + "|".join(f"w{i}x" for i in range(600)) + r")\b(?:\s+(?P<tail>[A-Z]\w+))?"


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("text", ["a W599X Seoul b", "w12x", "no word here", "w0x\tTokyo"])
def test_compiled_patterns_match_like_re(folder, flags, text):
    expected = re.compile(LONG, flags)
    cold = cache_patterns.compile_pattern(LONG, flags)
    warm = cache_patterns.compile_pattern(LONG, flags)  # from the stored program
    assert list((folder / "re").glob("*.pickle"))
    for got in (cold, warm):
        assert (got.pattern, got.flags, got.groupindex, got.groups) == \
            (expected.pattern, expected.flags, expected.groupindex, expected.groups)
        assert [m.span() + m.groups() for m in got.finditer(text)] == \
            [m.span() + m.groups() for m in expected.finditer(text)]


TEXT = ("The foreign minister of Japan met his South Korean counterpart in Tokyo on Monday and "
        "condemned the missile launch.\n\n"
        "한국 외교부 장관은 13일 서울에서 미국 국무장관과 회담하고 북한의 도발을 규탄했다.")
SCRIPT = ("import dataclasses, json, sys; from datetime import date; from readout.api import extract_text; "
          "a = extract_text(sys.argv[1], 'cache-test', date(2024, 5, 14)); "
          "print(json.dumps([dataclasses.asdict(e) for e in a.events], sort_keys=True, default=str))")


def extraction(cache_value: str) -> list:
    env = dict(os.environ, PYTHONPATH=str(ROOT), **{cache_files.ENV: cache_value})
    out = subprocess.run([sys.executable, "-c", SCRIPT, TEXT], env=env, check=True, capture_output=True,
                         text=True, cwd=ROOT).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_a_cached_start_extracts_what_a_fresh_one_does(tmp_path):
    fresh = extraction("off")
    assert fresh, "the test text should give events"
    cold = extraction(str(tmp_path))  # builds and stores
    assert list(tmp_path.glob("city-index@*.pickle")) and list(tmp_path.glob("en-mention-patterns@*.pickle"))
    warm = extraction(str(tmp_path))  # reads everything from the cache
    assert fresh == cold == warm


def test_a_long_word_list_pattern_is_the_same_from_the_cache(folder):
    from readout.patterns import alternation, trie_alternation

    words = [f"name{i}" for i in range(700)] + ["a\nb", "Seoul", "Seo"]
    fresh = trie_alternation(sorted(set(words)))
    assert alternation(words) == fresh  # builds and stores
    assert list((folder / "text").glob("*.pickle"))
    assert alternation(reversed(words)) == fresh  # read back, whatever the order of the words
    assert alternation([*words[:-3], "a", "b", "Seoul", "Seo"]) != fresh  # other words, other key


@pytest.mark.parametrize("threshold, kept", [(10, True), (10_000, False)])
def test_which_patterns_are_kept_is_a_setting(folder, threshold, kept):
    pattern = "(?:alpha|beta|gamma|delta)+"
    compiled = cache_patterns.compile_pattern(pattern, 0, Settings(cache_long_pattern_chars=threshold))
    assert compiled.fullmatch("betagamma")
    assert bool(list(folder.glob("re/*.pickle"))) == kept


@pytest.mark.parametrize("stale_seconds, removed", [(0, True), (10 ** 12, False)])
def test_when_another_version_s_value_is_removed_is_a_setting(folder, monkeypatch, stale_seconds, removed):
    cache.cached("thing", lambda: "old")
    (old,) = folder.glob("thing@*.pickle")
    os.utime(old, (1, 1))
    monkeypatch.setattr(cache, "package_hash", lambda: "another version")
    cache.cached("thing", lambda: "new", Settings(cache_stale_seconds=stale_seconds))
    assert old.exists() != removed


def test_a_data_file_is_validated_once_per_version_of_its_text(folder):
    calls = []

    def build(text: str):
        def validate():
            calls.append(text)
            return {"validated": text}
        return validate

    assert cache.cached_data("data-x.yaml", "a: 1", build("a: 1")) == {"validated": "a: 1"}
    assert cache.cached_data("data-x.yaml", "a: 1", build("a: 1")) == {"validated": "a: 1"}  # read back
    assert cache.cached_data("data-x.yaml", "a: 2", build("a: 2")) == {"validated": "a: 2"}  # changed: again
    assert calls == ["a: 1", "a: 2"]


def test_revalidating_builds_again_and_an_invalid_file_is_never_kept(folder):
    calls = []
    cache.cached_data("data-x.yaml", "a: 1", lambda: calls.append(1))
    with cache.revalidating():
        cache.cached_data("data-x.yaml", "a: 1", lambda: calls.append(2))
    assert calls == [1, 2]

    def invalid():
        raise ValueError("not valid")

    for _ in range(2):  # an error is raised every time, not stored
        with pytest.raises(ValueError):
            cache.cached_data("data-y.yaml", "b: oops", invalid)


def test_the_loader_validates_a_changed_data_file_again(folder, monkeypatch):
    from readout.errors import DataFileError
    from readout.kb import loader, schema

    good = loader.read_text("offices.yaml")
    first = loader.parse("offices.yaml", schema.OfficesFile)
    assert loader.parse("offices.yaml", schema.OfficesFile) == first  # from the cache
    monkeypatch.setattr(loader, "read_text", lambda name: good.replace("offices:", "offices: 7\nunused:", 1))
    with pytest.raises(DataFileError):
        loader.parse("offices.yaml", schema.OfficesFile)


def test_pickles_load_with_the_collector_restored(folder):
    import gc

    cache.cached("thing", lambda: [{"a": (i,)} for i in range(1000)])
    assert cache.cached("thing", lambda: None)[999] == {"a": (999,)}
    assert gc.isenabled()


BUNDLE = [r"(?P<day>\d{1,2})일", r"(?i)\bforeign minister\b", r"(a|b)+(?=c)", r"[가-힣]+(?:은|는)"]


def test_a_bundle_of_patterns_compiles_once_and_matches_as_re_does(folder):
    texts = ["3일 서울", "The Foreign Minister said", "ababc", "장관은 말했다"]
    cold = cache_patterns.compile_patterns(BUNDLE)
    assert list(folder.joinpath("re").glob("bundle-*.pickle"))
    warm = cache_patterns.compile_patterns(BUNDLE)  # from the stored programs
    for c, w, p, text in zip(cold, warm, BUNDLE, texts):
        expected = re.compile(p).search(text)
        assert expected and w.search(text).group(0) == c.search(text).group(0) == expected.group(0)
        assert w.groupindex == re.compile(p).groupindex and w.flags == re.compile(p).flags


def test_a_bundle_is_compiled_the_ordinary_way_when_the_cache_is_off(monkeypatch):
    monkeypatch.setenv(cache_files.ENV, "off")
    assert [p.pattern for p in cache_patterns.compile_patterns(BUNDLE)] == BUNDLE


def test_patterns_compiled_by_one_process_are_in_re_s_cache_in_the_next(folder, monkeypatch):
    import atexit
    import _sre

    registered = []
    monkeypatch.setattr(atexit, "register", lambda fn, *args: registered.append((fn, args)))
    cache_patterns.preload_patterns()  # no file yet: nothing loaded, the store registered for exit
    pattern = r"(?P<word>readout-preload-test-[0-9]+)\s"
    re.compile(pattern)
    fn, args = registered[-1]
    fn(*args)  # what the exit does: the file holds the process's patterns
    del re._cache[(str, pattern, 0)]
    cache_patterns.preload_patterns()
    seeded = re._cache[(str, pattern, 0)]
    assert seeded.search("a readout-preload-test-42 b").group("word") == "readout-preload-test-42"
    assert re.compile(pattern) is seeded and list(folder.joinpath("re").glob("preload-*.pickle"))
    assert _sre.MAGIC  # the key names the engine's version


def test_the_person_index_read_from_the_cache_is_the_one_built(folder):
    """The resolver's index of the knowledge base's persons is kept by the start-up cache; a resolver
    over another knowledge base builds its own."""
    from readout.kb.knowledge import Knowledge
    from readout.kb.loader import kb
    from readout.kb.resolve import PersonResolver, cached_person_index, person_index

    built = person_index(kb())
    assert cached_person_index() == built == cached_person_index()  # stored, then read back
    assert any(f.name.startswith("person-index@") for f in folder.iterdir())
    other = dataclasses.replace(kb(), persons={})
    assert PersonResolver(Knowledge(other)).alias == {}
    assert PersonResolver(Knowledge.load()).alias == built[0]
