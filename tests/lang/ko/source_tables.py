"""What the two no-copy tests of readout/lang/ko/tags.py share (test_tag_tables.py, test_particle_tables.py): the
modules of lang and pipeline they read, the string literals a module spells, and the check over every module."""
from __future__ import annotations

import ast
from pathlib import Path
from typing import Callable, Iterator

from readout.lang.ko import tags

ROOT = Path(tags.__file__).resolve().parents[2]
SOURCES = sorted(p for folder in ("lang", "pipeline") for p in (ROOT / folder).rglob("*.py")
                 if p != Path(tags.__file__).resolve())


def string_literals(source: str) -> Iterator[tuple[ast.AST, frozenset[str]]]:
    """Each set, tuple or list of two or more plain strings a module spells, with its strings."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Set, ast.Tuple, ast.List)) and len(node.elts) > 1 \
                and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
            yield node, frozenset(e.value for e in node.elts)


def copied_tables(copies: Callable[[str], set[str]]) -> set[tuple[str, str]]:
    """(module, table) for every table `copies` finds spelled again in a module of lang or pipeline."""
    return {(p.relative_to(ROOT).as_posix(), name) for p in SOURCES for name in copies(p.read_text(encoding="utf-8"))}
