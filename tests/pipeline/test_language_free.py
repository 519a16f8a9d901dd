"""The pipeline knows no language: everything worded lives in readout/lang (issue 12). These tests read
the pipeline's source and fail on a Hangul string, a comparison with a language code, a regular
expression of its own, or a number other than 0 and 1 (thresholds belong in Settings)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PIPELINE = Path(__file__).resolve().parents[2] / "readout" / "pipeline"
SOURCES = sorted(PIPELINE.glob("*.py"))
LANGUAGE_CODES = {"ko", "en"}


def docstrings(tree: ast.AST) -> set[int]:
    """ids of the string constants that are docstrings (they may quote examples in any language)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                out.add(id(first.value))
    return out


def constants(path: Path) -> list[ast.Constant]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = docstrings(tree)
    return [n for n in ast.walk(tree) if isinstance(n, ast.Constant) and id(n) not in skip]


def has_hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" or "\u3131" <= ch <= "\u318e" for ch in text)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_hangul_string(path):
    assert not [c.value for c in constants(path) if isinstance(c.value, str) and has_hangul(c.value)]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_language_code(path):
    assert not [c.value for c in constants(path) if isinstance(c.value, str) and c.value in LANGUAGE_CODES]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_number_but_zero_and_one(path):
    numbers = [c.value for c in constants(path)
               if isinstance(c.value, (int, float)) and not isinstance(c.value, bool) and c.value not in (0, 1)]
    assert not numbers, f"{path.name}: {numbers} (thresholds belong in readout/settings.py)"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_regular_expression_of_its_own(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    assert "re" not in imported, f"{path.name} imports re: word patterns belong in readout/lang"


def test_the_checks_catch_what_they_look_for(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text('"""회담 in a docstring is fine."""\nif lang == "ko":\n    word = "회담"\nreach = 60\n',
                   encoding="utf-8")
    values = [c.value for c in constants(bad)]
    assert "ko" in values and "회담" in values and 60 in values and "회담 in a docstring is fine." not in values
