"""(debt63) No module binds an upper-case constant twice at its top level: the later binding silently replaces the
first for every reader, those written above it too (ko/act_context's SERIAL_ENDINGS once made serial_captor read a
motion verb's endings). Each set gets a name of its own."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import readout

ROOT = Path(readout.__file__).resolve().parent


def rebound(source: str) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) \
            else [node.target] if isinstance(node, ast.AnnAssign) else []
        names.update(t.id for t in targets if isinstance(t, ast.Name) and t.id.isupper())
    return sorted(n for n, k in names.items() if k > 1)


def test_no_module_rebinds_a_constant():
    found = {p.relative_to(ROOT).as_posix(): names for p in ROOT.rglob("*.py")
             if (names := rebound(p.read_text(encoding="utf-8")))}
    assert not found


@pytest.mark.parametrize("source, names", [
    ('ENDS = frozenset({"a"})\ndef f(): return ENDS\nENDS = frozenset({"b"})\n', ["ENDS"]),
    ('ENDS = frozenset({"a"})\nOTHER_ENDS = frozenset({"b"})\n', []),
])
def test_rebinding_is_found(source, names):
    assert rebound(source) == names
