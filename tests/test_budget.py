"""The per-document time budget works where extraction runs: worker processes and a Dask cluster,
not only the main thread (SIGALRM would not). A document past its budget is rejected alone."""
from __future__ import annotations

import json

import pytest

from readout import budget
from readout.api import run
from readout.settings import SETTINGS

GOOD_EN = "U.S. Secretary of State Antony Blinken met South Korean Foreign Minister Park Jin on Monday in Seoul."


def inputs(folder):
    folder.mkdir()
    (folder / "a-good.txt").write_text(GOOD_EN, encoding="utf-8")
    (folder / "z-good.txt").write_text(GOOD_EN.replace("Monday", "Tuesday"), encoding="utf-8")
    soup = " ".join(GOOD_EN.rstrip(".").split() * 6000)  # about 600k characters without a full stop
    (folder / "feed.jsonl").write_text(json.dumps({"id": "soup", "text": soup}) + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def fresh_process(monkeypatch):
    """This process as a fresh one: its next document is its first (`first_use_allowance`), whatever documents the
    tests before this one ran in it. Explicit, so the test reads the same in any order (budget51)."""
    monkeypatch.setattr(budget, "_WARMED_PID", None)


# one Dask worker: tasks run in its thread pool (where SIGALRM cannot reach) in submission order, so the
# first document (which also meets the first-use work, with `model_load_seconds` more) is a good one
@pytest.mark.parametrize("engine,workers", [("local", 1), ("local", 2), ("dask", 1)])
def test_a_document_past_its_budget_is_rejected_by_every_engine(fresh_process, tmp_path, engine, workers):
    if engine == "dask":
        pytest.importorskip("distributed", reason="dask.distributed is not installed")
    tight = SETTINGS.replace(document_seconds=0.5)  # travels with the pipeline to every worker
    report = run([str(inputs(tmp_path / "in"))], db=str(tmp_path / "r.db"), progress=False, workers=workers,
                 engine=engine, settings=tight)
    assert [(r.doc, r.code) for r in report.rejected] == [("soup", "time_budget")]
    assert report.new == 2 and report.events_found >= 2


# --- the model-load allowance goes to the document that loads (budget.loading) ---------------------------
import os  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402

from readout import cache, cache_files, cache_patterns  # noqa: E402
from readout.errors import TimeBudgetExceeded  # noqa: E402
from tests.budget_runs import run_under_budget  # noqa: E402
from readout.model import Article  # noqa: E402
from readout.pipeline import Pipeline, Step  # noqa: E402

BUDGET = 0.3  # seconds of a document's own work in these tests
SLOW = 0.6  # a load (or a step) twice as long as the budget


@pytest.fixture
def warmed(monkeypatch):
    """A process whose first document has been: no allowance in advance, only what loads take."""
    monkeypatch.setattr(budget, "_WARMED_PID", os.getpid())


def slow_load():
    with budget.loading():
        time.sleep(SLOW)


def slow_work():
    time.sleep(SLOW)


@pytest.mark.parametrize("work,allowance,exceeds", [
    (slow_load, 5.0, False),   # a load is not the document's work
    (slow_work, 5.0, True),    # a slow step that loads nothing still runs out of time
    (slow_load, 0.1, False),   # a load moves the deadline by all the time it took, measured (budget51)
    (slow_load, 0.0, False),   # whatever model_load_seconds says: a cold cache under load takes minutes
])
def test_a_load_moves_the_deadline_of_its_document_only(warmed, work, allowance, exceeds):
    run_under_budget(work, exceeds, BUDGET, "doc", allowance)


@pytest.mark.parametrize("work,exceeds", [
    (slow_load, False),  # a cold start's loads past the advance are measured, not cut at a fixed number
    (slow_work, True),   # the advance is for first-use work, not for a slow step past it
])
def test_the_first_document_s_loads_move_its_deadline_past_its_advance(fresh_process, work, exceeds):
    run_under_budget(work, exceeds, BUDGET, "first", SLOW / 4)  # the process's first document: SLOW / 4 in advance


def test_nested_loads_count_once(warmed):
    with pytest.raises(TimeBudgetExceeded):
        with budget.limit(BUDGET, "doc", 5.0):
            with budget.loading():
                with budget.loading():
                    time.sleep(SLOW / 2)
                time.sleep(SLOW / 2)
            time.sleep(BUDGET * 1.5)  # the document's own work, past its budget: counted twice, the load would hide it
            budget.check("after")


def test_a_check_inside_a_slow_load_does_not_stop_it(warmed):
    with budget.limit(BUDGET, "doc", 5.0):
        with budget.loading():
            time.sleep(SLOW)
            budget.check("inside")  # the load so far counts against the allowance, not the document
            assert budget.remaining() > 0


def test_the_next_document_gets_the_allowance_again(warmed):
    for doc in ("first", "second"):  # each document triggering a load has its own allowance
        with budget.limit(BUDGET, doc, SLOW * 2):
            slow_load()
            budget.check("after")


def test_a_load_in_another_thread_moves_its_own_document(warmed):
    outcome = {}

    def worker(name, work):
        try:
            with budget.limit(BUDGET, name, 5.0):
                work()
                budget.check("after")
            outcome[name] = "ok"
        except TimeBudgetExceeded:
            outcome[name] = "late"

    threads = [threading.Thread(target=worker, args=("loads", slow_load)),
               threading.Thread(target=worker, args=("works", slow_work))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert outcome == {"loads": "ok", "works": "late"}


def test_a_cached_value_built_inside_a_document_is_a_load(warmed, tmp_path, monkeypatch):
    monkeypatch.setenv(cache_files.ENV, str(tmp_path))

    def build():
        time.sleep(SLOW)
        return 1

    with budget.limit(BUDGET, "doc", 5.0):
        assert cache.cached("budget-test-value", build) == 1
        with budget.loading():  # a table's content-addressed value (in a document's own work: test_budget_tables.py)
            assert cache.cached_content("budget-test", "source", build) == 1
        budget.check("after")


def test_compiling_a_long_pattern_inside_a_document_is_a_load(warmed, tmp_path, monkeypatch):
    monkeypatch.setenv(cache_files.ENV, str(tmp_path))
    program = cache_patterns.regex_program

    def slow_program(pattern, flags):
        time.sleep(SLOW / 2)
        return program(pattern, flags)

    monkeypatch.setattr(cache_patterns, "regex_program", slow_program)
    long = "|".join(f"town{i}" for i in range(SETTINGS.cache_long_pattern_chars))  # past the long-pattern threshold
    with budget.limit(BUDGET, "doc", 5.0):
        assert cache_patterns.compile_pattern(long).match("town7")
        assert cache_patterns.compile_patterns(["alpha", "beta"])[1].match("beta")
        budget.check("after")


class SlowLanguage:
    """A language whose readers take SLOW seconds to build, like Kiwi under load."""

    def __init__(self, settings, knowledge):
        time.sleep(SLOW)


def language_step(article: Article, pipeline: Pipeline) -> Article:
    pipeline.language(article.text)  # the text names the language code
    return article


def busy_step(article: Article, pipeline: Pipeline) -> Article:
    if article.id == "busy":
        time.sleep(SLOW)
    return article


@pytest.fixture
def fake_pipeline(warmed, monkeypatch):
    monkeypatch.setattr("readout.lang.language_class", lambda code: SlowLanguage)
    tight = SETTINGS.replace(document_seconds=BUDGET, model_load_seconds=5.0)
    return Pipeline([Step("language", language_step), Step("busy", busy_step), Step("last", lambda a, p: a)],
                    tight, lambda: object())


def test_the_first_document_of_the_second_language_loads_within_its_budget(fake_pipeline):
    fake_pipeline(Article("english", "en"))  # the first document of its language: it builds the English readers
    fake_pipeline(Article("korean", "ko"))   # a later document, the first in Korean: its lazy load is not its work
    fake_pipeline(Article("korean-2", "ko"))  # built already: nothing to load


def test_a_slow_step_of_a_loaded_language_still_runs_out(fake_pipeline):
    fake_pipeline(Article("english", "en"))
    with pytest.raises(TimeBudgetExceeded) as caught:
        fake_pipeline(Article("busy", "en"))
    assert caught.value.doc == "busy"


# --- the first import of one of readout's modules during a document is a load (budget.ImportsAreLoads) --------
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import readout  # noqa: E402


@pytest.fixture
def slow_modules(tmp_path, monkeypatch):
    """Two modules that take SLOW to import: one inside readout's package (`readout.<name>`), one outside it."""
    inside, outside = tmp_path / "inside", tmp_path / "outside"
    for folder, name in ((inside, "budget51_slow_reader"), (outside, "budget51_slow_library")):
        folder.mkdir()
        (folder / f"{name}.py").write_text("import time\ntime.sleep(%r)\nVALUE = 1\n" % SLOW, encoding="utf-8")
    monkeypatch.setattr(readout, "__path__", [*readout.__path__, str(inside)])
    monkeypatch.syspath_prepend(str(outside))
    yield
    for name in ("readout.budget51_slow_reader", "budget51_slow_library"):
        sys.modules.pop(name, None)


@pytest.mark.parametrize("module,exceeds", [
    ("readout.budget51_slow_reader", False),  # a step module imported lazily: its first import is a load
    ("budget51_slow_library", True),          # another package's import is not marked: a load marks its own
])
def test_a_readout_module_first_imported_inside_a_document_is_a_load(warmed, slow_modules, module, exceeds):
    import importlib

    def work():
        assert importlib.import_module(module).VALUE == 1
    run_under_budget(work, exceeds, BUDGET)


def test_an_import_outside_a_document_measures_nothing(slow_modules):
    finder = next(f for f in sys.meta_path if isinstance(f, budget.ImportsAreLoads))
    spec = finder.find_spec("readout.budget51_slow_reader", readout.__path__)  # found outside a budget too (budget52)
    assert isinstance(spec.loader, budget._MeasuredLoader)  # its module-level work runs inside `loading()`
    assert finder.find_spec("budget51_slow_library", None) is None  # another package: the usual finders
    import importlib

    assert importlib.import_module("readout.budget51_slow_reader").VALUE == 1  # no budget: `loading` only runs it


def test_the_language_model_is_a_load(warmed, monkeypatch):
    pytest.importorskip("fasttext", reason="fastText is not installed")
    import fasttext

    from readout.lang import identify

    load_model = fasttext.load_model

    def slow_load_model(path):
        time.sleep(SLOW)
        return load_model(path)

    monkeypatch.setattr(fasttext, "load_model", slow_load_model)
    identify.detector.cache_clear()
    try:
        with budget.limit(BUDGET, "doc", 5.0):
            assert identify.detect("Ministers of Peru and Ghana met in Lima on Friday.")[0] == "en"
            budget.check("after")
    finally:
        identify.detector.cache_clear()  # the next user loads the model as usual, not this patched one


CHILD = """
import time
from readout import budget
with budget.limit(60, "doc", 0.0):
    before, started = budget.remaining(), time.monotonic()
    import readout.lang.%s.language
    took, lost = time.monotonic() - started, before - budget.remaining()
print(took, lost)
"""


@pytest.mark.parametrize("code", ["en", "ko"])
def test_a_fresh_process_s_first_document_in_a_language_loses_no_time_to_its_imports(code):
    import subprocess

    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    done = subprocess.run([sys.executable, "-c", CHILD % code], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    took, lost = map(float, done.stdout.split())
    assert took > 0.02 and lost < took / 4  # the deadline moved by nearly all of the import's time
