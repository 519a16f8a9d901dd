"""The sector groups the act rules and the knowledge base ask by (readout/sectors.py): one table, each group what its
name says, no module of lang, pipeline or kb spelling a copy of one or a set of its own that holds a code the schema
does not admit (PLOVER drops CAMEO's INS and SEP; an NGO is a side of no state, no sector)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from readout.kb.entries import SECTORS
from readout import sectors

GROUPS = {name: value for name, value in vars(sectors).items() if name.endswith("_SECTORS")}
ROOT = Path(sectors.__file__).resolve().parent
SOURCES = sorted(p for folder in ("lang", "pipeline", "kb") for p in (ROOT / folder).rglob("*.py")
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
    ("STATE_ORGAN_SECTORS", "STATE_EXECUTIVE_SECTORS"),  # an organ with deputies is the state's executive
])
def test_group_inside_another(inner, outer):
    assert GROUPS[inner] < GROUPS[outer]


@pytest.mark.parametrize("one, other", [
    ("DEBATING_SECTORS", "FORCE_WIELDING_SECTORS"),  # words, not force: 'lawmakers clashed' is no fight
    ("NON_STATE_SECTORS", "STATE_BODY_SECTORS"),  # a part of a state no state body speaks for
    ("NON_STATE_SECTORS", "STATE_EXECUTIVE_SECTORS"),
    ("ARMED_GROUP_SECTORS", "STATE_FORCE_SECTORS"),  # rebels are no state's forces
    ("OWN_STATE_PATIENT_SECTORS", "STATE_EXECUTIVE_SECTORS"),  # a held opposition leader is no held official
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
    ("COP", "STATE_ORGAN_SECTORS", False),  # the police's deputies are no office of their own
    ("OPP", "OWN_STATE_PATIENT_SECTORS", True),
    ("CVL", "OWN_STATE_PATIENT_SECTORS", False),  # a citizen is held abroad as often as not
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


def code_sets(path: Path) -> list[frozenset[str]]:
    """The set literals of three-letter upper-case codes a module spells with two sector codes or more."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Set) and all(isinstance(e, ast.Constant) and isinstance(e.value, str)
                                             and len(e.value) == 3 and e.value.isupper() for e in node.elts):
            codes = frozenset(e.value for e in node.elts)
            if len(codes & SECTORS) > 1:
                out.append(codes)
    return out


def test_no_module_writes_a_code_outside_the_schema():
    """A set of sector codes with a code the schema does not admit holds a dead entry no side ever carries."""
    dead = {(p.relative_to(ROOT).as_posix(), code) for p in SOURCES + [Path(sectors.__file__)]
            for found in code_sets(p) for code in found - SECTORS}
    assert not dead


@pytest.mark.parametrize("source, dead", [
    ('X = frozenset({"OPP", "PTY", "NGO"})', True),  # a country code among sectors
    ('X = frozenset({"OPP", "PTY"})', False),
    ('X = frozenset({"KOR", "USA"})', False),  # states, no sectors
])
def test_dead_code_check_fires(tmp_path, source, dead):
    path = tmp_path / "m.py"
    path.write_text(source, encoding="utf-8")
    assert bool([c for c in code_sets(path) if c - SECTORS]) is dead
