"""(budget53) A cache of one value per language is a table: `budget.table(maxsize=2)` (readout reads two languages),
so that its building is a load (debt53's declared tables), and it never grows past the languages. Checked over readout's
source: no module-level function keyed by a language alone keeps an unbounded cache."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

import readout
from readout import budget

ROOT = Path(readout.__file__).parent
LANGUAGE_PARAMETERS = {"lang", "language"}


def cached_by_language() -> list[tuple[str, str, str]]:
    """(module file, function, decorator) for each module-level function whose only parameter is a language and
    that a cache decorates."""
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.FunctionDef):
                continue
            if [a.arg for a in node.args.args] not in ([p] for p in LANGUAGE_PARAMETERS):
                continue
            for decorator in node.decorator_list:
                text = ast.unparse(decorator)
                if "lru_cache" in text or "table(" in text or text.split(".")[-1] == "cache":
                    found.append((path.relative_to(ROOT).as_posix(), node.name, text))
    return found


def test_the_scan_finds_the_language_caches():
    names = {name for _f, name, _d in cached_by_language()}
    assert {"lexicon", "load_act_lexicon", "outlet_clock", "venue_forms"} <= names


@pytest.mark.parametrize("where, name, decorator", cached_by_language())
def test_a_cache_per_language_is_bounded(where, name, decorator):
    assert decorator in ("budget.table(maxsize=2)", "budget.table(maxsize=1)", "budget.table()"), where


@pytest.mark.parametrize("module, name", [("readout.kb.loader", "lexicon"),
                                          ("readout.lang.act_lexicon", "load_act_lexicon"),
                                          ("readout.store.merge_clocks", "outlet_clock")])
def test_a_language_load_is_measured_as_a_table(module, name):
    import importlib

    table = getattr(importlib.import_module(module), name)
    assert getattr(table, budget.TABLE_MARK, False) and table.cache_parameters()["maxsize"] == 2
