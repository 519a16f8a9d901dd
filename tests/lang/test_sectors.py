"""The sector groups the act rules ask by (readout/lang/base/sectors.py): one table, each group what its name says,
no module spelling a copy of one, and no code the schema does not admit (PLOVER drops CAMEO's INS and SEP)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from readout.kb.entries import SECTORS
from readout.lang.base import sectors

GROUPS = {name: value for name, value in vars(sectors).items() if name.endswith("_SECTORS")}
ROOT = Path(sectors.__file__).resolve().parents[2]
SOURCES = sorted(p for folder in ("lang", "pipeline") for p in (ROOT / folder).rglob("*.py")
                 if p != Path(sectors.__file__).resolve())


@pytest.mark.parametrize("name", sorted(GROUPS))
def test_group_holds_schema_codes_only(name):
    assert GROUPS[name] and GROUPS[name] <= SECTORS


@pytest.mark.parametrize("inner, outer", [
    ("STATE_FORCE_SECTORS", "ARMED_MEN_SECTORS"),  # a state's forces are armed men
    ("ARMED_PEOPLE_SECTORS", "ARMED_MEN_SECTORS"),
    ("ARMED_GROUP_SECTORS", "ARMED_PEOPLE_SECTORS"),
    ("ARMED_NOUN_SECTORS", "MOBILIZING_SECTORS"),  # an armed noun's side can move forces
    ("STATE_FORCE_SECTORS", "MOBILIZING_SECTORS"),
    ("ARMED_MEN_SECTORS", "STATELESS_FORCE_SECTORS"),
    ("STATELESS_FORCE_SECTORS", "FORCE_WIELDING_SECTORS"),
    ("STATE_EXECUTIVE_SECTORS", "FORCE_WIELDING_SECTORS"),
    ("STATE_EXECUTIVE_SECTORS", "STATE_BODY_SECTORS"),
    ("ARMED_GROUP_SECTORS", "NON_STATE_SECTORS"),
])
def test_group_inside_another(inner, outer):
    assert GROUPS[inner] < GROUPS[outer]


@pytest.mark.parametrize("one, other", [
    ("DEBATING_SECTORS", "FORCE_WIELDING_SECTORS"),  # words, not force: 'lawmakers clashed' is no fight
    ("NON_STATE_SECTORS", "STATE_BODY_SECTORS"),  # a part of a state no state body speaks for
    ("NON_STATE_SECTORS", "STATE_EXECUTIVE_SECTORS"),
    ("ARMED_GROUP_SECTORS", "STATE_FORCE_SECTORS"),  # rebels are no state's forces
])
def test_groups_apart(one, other):
    assert not GROUPS[one] & GROUPS[other]


@pytest.mark.parametrize("code, name, inside", [
    ("COP", "ARMED_NOUN_SECTORS", False),  # 'Catalan police' keeps COP: no armed group
    ("MIL", "ARMED_NOUN_SECTORS", True),  # 'Tigrayan forces': an armed group
    ("CRM", "ARMED_MEN_SECTORS", False),  # gangs: force with no state, yet no armed men of a riot's army
    ("CRM", "STATELESS_FORCE_SECTORS", True),
    ("GOV", "FORCE_WIELDING_SECTORS", True),  # a government's deed of force is no riot
    ("GOV", "NON_STATE_SECTORS", False),
    ("CVL", "NON_STATE_SECTORS", True),
])
def test_code_in_group(code, name, inside):
    assert (code in GROUPS[name]) is inside


def sector_literals(path: Path) -> list[frozenset[str]]:
    """The sets of sector codes a module spells: `frozenset({...})` or `{...}` of two or more string codes."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Set) and len(node.elts) > 1 \
                and all(isinstance(e, ast.Constant) and e.value in SECTORS for e in node.elts):
            out.append(frozenset(e.value for e in node.elts))
    return out


def test_no_module_copies_a_group():
    copies = {(p.relative_to(ROOT).as_posix(), name) for p in SOURCES for found in sector_literals(p)
              for name, group in GROUPS.items() if found == group and len(group) > 1}
    assert not copies
