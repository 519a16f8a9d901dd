"""Every import inside a function of readout/ names a living module and name. Why: such an import runs only when its
function does, so importing every module (and pyflakes) passes over it; a module split or a rename that leaves one
behind fails a whole step at run time for every document (the fifty-seventh session's `previous_acts`, moved out of
pipeline/act_build, was caught only by the scores)."""
from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def function_imports() -> list[tuple[str, int, str, str]]:
    """(file, line, module, name) of each `from X import Y` inside a function, relative imports resolved."""
    out = []
    for path in sorted((ROOT / "readout").rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        package = parts[:-1]  # the package a relative import starts from (for an __init__ too)
        for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(fn):
                if isinstance(node, ast.ImportFrom):
                    base = ".".join(package[:len(package) - node.level + 1]) if node.level else ""
                    module = ".".join(p for p in (base, node.module or "") if p) if node.level else node.module
                    out += [(str(path.relative_to(ROOT)), node.lineno, module, a.name) for a in node.names]
    return out


def living(module: str, name: str) -> bool:
    """Whether `from module import name` would work."""
    found = importlib.import_module(module)
    if hasattr(found, name):
        return True
    try:
        importlib.import_module(f"{module}.{name}")
        return True
    except ImportError:
        return False


def test_there_are_function_imports_to_check():
    assert len(function_imports()) > 100  # the walk finds them (a broken walk would pass every check)


@pytest.mark.parametrize("module, name, expected", [
    ("readout.api", "extract_text", True),
    ("readout.api", "no_such_name_here", False),
    ("readout.lang", "ko", True),  # a submodule
])
def test_living(module, name, expected):
    assert living(module, name) is expected


def test_every_function_import_names_a_living_name():
    dead = [f"{f}:{line} from {m} import {n}" for f, line, m, n in function_imports() if not living(m, n)]
    assert not dead, dead
