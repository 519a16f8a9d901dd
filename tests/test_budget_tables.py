"""The time budget, third round (budget52): a table built on first use is a load (declared `budget.table`, debt53), a
document's own long alternation is kept nowhere and counts against it (`cache.cached_content`); a library's warning
at import still names its importer."""
from __future__ import annotations

import importlib
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

import readout
from readout import budget, cache, cache_files, cache_patterns, patterns
from tests.budget_runs import run_under_budget

BUDGET = 0.3  # seconds of a document's own work in these tests
SLOW = 0.6  # a build (or an import) twice as long as the budget

TABLES = '''
import functools
import time

from readout import budget

DELAY = %(slow)r
BUILT = []


@budget.table()
def table():
    BUILT.append("table")
    time.sleep(DELAY)
    return {"Tarnow": "POL"}


KEPT = table  # a reference taken while the module runs: it reads the same value, built once


@budget.table(maxsize=2)
def per_language(lang):
    time.sleep(DELAY)
    return lang


@functools.lru_cache(maxsize=1)
def undeclared():
    time.sleep(DELAY)
    return 2


@functools.lru_cache(maxsize=4096)
def per_word(word):
    time.sleep(DELAY)
    return word.upper()


def plain():
    time.sleep(DELAY)
    return 1
'''


@pytest.fixture
def warmed(monkeypatch):
    """A process whose first document has been: no allowance in advance, only what loads take."""
    monkeypatch.setattr(budget, "_WARMED_PID", os.getpid())


@pytest.fixture
def inside(tmp_path, monkeypatch):
    """A folder whose modules are readout's (`readout.<name>`), removed from `sys.modules` afterwards."""
    folder = tmp_path / "inside"
    folder.mkdir()
    monkeypatch.setattr(readout, "__path__", [*readout.__path__, str(folder)])
    before = set(sys.modules)
    yield folder
    for name in set(sys.modules) - before:
        if name.startswith("readout.budget52_"):
            sys.modules.pop(name, None)


@pytest.fixture
def tables_module(inside):
    """A readout module with a table, a table per language, a memo of words and a plain function, each SLOW to
    run, imported outside any document (as the warm-up imports a language's modules)."""
    (inside / "budget52_tables.py").write_text(TABLES % {"slow": SLOW}, encoding="utf-8")
    return importlib.import_module("readout.budget52_tables")


@pytest.mark.parametrize("name,args,exceeds", [
    ("table", (), False),               # a table of the process, built on first use: a load
    ("per_language", ("ko",), False),   # one per language: built by that language's first document, a load
    ("per_word", ("Gdansk",), True),    # a memo of a document's words: its own work
    ("undeclared", (), True),           # a small lru_cache not declared a table: no load (debt53: no swap at import)
    ("plain", (), True),                # no cache: its own work
])
def test_a_table_built_on_first_use_is_a_load(warmed, tables_module, name, args, exceeds):
    run_under_budget(lambda: getattr(tables_module, name)(*args), exceeds, BUDGET)


def test_a_measured_table_is_built_once_and_cleared_as_one(tables_module):
    tables_module.DELAY = 0
    kept = tables_module.KEPT()  # the reference taken at import builds it
    assert tables_module.table() is kept and tables_module.BUILT == ["table"]
    assert getattr(tables_module.table, budget.TABLE_MARK) and tables_module.table.cache_info().maxsize == 1
    tables_module.table.cache_clear()  # what tests do to build a table again
    assert tables_module.table() is not kept and tables_module.BUILT == ["table", "table"]
    assert tables_module.per_word.cache_info().maxsize == 4096  # a memo of words: left as it is
    assert not hasattr(tables_module.per_word, budget.TABLE_MARK)
    assert tables_module.table.__wrapped__.__name__ == "table" and not hasattr(tables_module.table.__wrapped__,
                                                                                 "__wrapped__")  # the builder itself


def test_an_undeclared_table_is_found_and_no_module_attribute_is_swapped(tables_module):
    found = [name for name, value in vars(tables_module).items() if budget.undeclared_table(value, tables_module.__name__)]
    assert found == ["undeclared"]  # what the fresh-process test below forbids in readout's own modules
    assert not hasattr(budget, "measure_tables")  # debt53: tables are declared where written, not swapped in


@pytest.mark.parametrize("maxsize", [0, 3, 4096])
def test_a_table_keeps_one_or_two_values(maxsize):
    with pytest.raises(ValueError):
        budget.table(maxsize=maxsize)


CHILD = """
import json, sys, time
from pathlib import Path
from readout import budget
from readout.model import Article
from readout.pipeline import default_pipeline

texts = json.loads(Path(%(texts)r).read_text(encoding="utf-8"))
pipeline = default_pipeline()
out = {}
for code in ("en", "ko"):
    with budget.limit(600, code, 0.0):
        current = budget._DEADLINE.get()
        started, deadline = time.monotonic(), current.deadline
        pipeline.run_steps(Article(code, texts[code]))
        out[code] = [time.monotonic() - started, current.deadline - deadline]
modules = [(name, module) for name, module in list(sys.modules.items()) if module is not None]
out["unmeasured"] = [f"{name}.{attr}" for name, module in modules if name.startswith(("readout.lang", "readout.kb"))
                     for attr, value in vars(module).items() if budget.undeclared_table(value, name)]
out["measured"] = sum(bool(getattr(value, budget.TABLE_MARK, False)) for name, module in modules
                      if name.startswith("readout.lang.ko.") for value in vars(module).values())
print(json.dumps(out))
"""


def test_a_fresh_process_s_first_korean_document_after_english_builds_its_tables_as_loads(tmp_path):
    texts = {"en": "Peru's foreign minister met his Chilean counterpart in Arica on Monday.",
             "ko": "페루 외교장관은 월요일 아리카에서 칠레 외교장관과 회담했다."}
    (tmp_path / "texts.json").write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    done = subprocess.run([sys.executable, "-c", CHILD % {"texts": str(tmp_path / "texts.json")}], env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.splitlines()[-1])
    assert out["unmeasured"] == []  # every table of every module, imported before the first document or in one
    assert out["measured"] > 20  # the Korean readers' tables among them
    took, moved = out["ko"]
    assert moved > took / 2  # the Korean document's loads (Kiwi, its readers, its tables) are most of its time


# --- a document's own words are kept nowhere (cache.cached_content) -------------------------------------------------
WORDS = [f"Ostrava-{i}" for i in range(patterns.LONG_LIST + 20)]  # a list long enough for the start-up cache


@pytest.fixture
def slow_trie(tmp_path, monkeypatch):
    """An empty cache folder, and a trie that takes SLOW to build."""
    monkeypatch.setenv(cache_files.ENV, str(tmp_path))
    build = patterns.trie_alternation

    def slow(words):
        time.sleep(SLOW)
        return build(words)

    monkeypatch.setattr(patterns, "trie_alternation", slow)
    return tmp_path


@pytest.mark.parametrize("where,exceeds,stored", [
    ("work", True, False),    # a document's own words: its work, no file left behind
    ("load", False, True),    # a table's words built inside a load: the start-up cache, not the document's time
])
def test_a_document_s_own_long_alternation_counts_against_it_and_is_kept_nowhere(warmed, slow_trie, where, exceeds,
                                                                                 stored):
    def work():
        if where == "load":
            with budget.loading():
                pattern = patterns.alternation(WORDS)
        else:
            pattern = patterns.alternation(WORDS)
        assert re.fullmatch(pattern, "Ostrava-17")
    run_under_budget(work, exceeds, BUDGET)
    assert bool(list((slow_trie / "text").glob("*.pickle"))) is stored


def test_a_table_s_long_alternation_outside_a_document_is_kept(slow_trie):
    assert re.fullmatch(patterns.alternation(WORDS), "Ostrava-3")
    assert list((slow_trie / "text").glob("*.pickle"))


def test_a_document_s_own_long_pattern_is_compiled_and_kept_nowhere(warmed, tmp_path, monkeypatch):
    monkeypatch.setenv(cache_files.ENV, str(tmp_path))
    long = "|".join(f"Brno{i}" for i in range(cache.SETTINGS.cache_long_pattern_chars))
    with budget.limit(60, "doc", 0.0):
        assert cache_patterns.compile_pattern(long).match("Brno7")
    assert not list(tmp_path.rglob("*.pickle"))


# --- a library's import warning still names its importer ------------------------------------------------------
def test_a_library_s_warning_at_import_still_names_its_importer(tmp_path, monkeypatch):
    import warnings

    (tmp_path / "budget52_old_library.py").write_text(
        "import warnings\nwarnings.warn('old', DeprecationWarning, stacklevel=2)\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            __import__("budget52_old_library")  # the import statement's way in
    finally:
        sys.modules.pop("budget52_old_library", None)
    assert [Path(w.filename).name for w in caught] == [Path(__file__).name]  # not budget.py: no wrapper in between
