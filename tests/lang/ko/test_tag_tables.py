"""The morpheme classes many Korean readers ask for, a tag set ('JKS' and 'JX': a subject or topic particle) or a
particle pair ('로', '으로'), are named once in readout/lang/ko/tags.py (the particles read there from the clause
section of data/lexicon/ko.yaml): no module of lang or pipeline spells one of them again as a set, tuple or list
literal. A reader that gives a class its own name for its sense keeps it as a name bound to the shared one
(`CAPACITY_PARTICLES = INSTRUMENTAL_PARTICLES`); a wider set of its own (a subject tag beside the full stop) stays
its own literal: only a whole copy of a class is one. The particles and endings a clause is bound by are checked
by test_particle_tables.py."""
from __future__ import annotations

import ast

import pytest

from readout.lang.ko import tags
from tests.lang.ko.source_tables import copied_tables, string_literals

TABLES = {name: getattr(tags, name) for name in (
    "SUBJECT_TAGS", "SENTENCE_END_TAGS", "CLAUSE_END_TAGS", "CLAUSE_BREAK_TAGS", "CLAUSE_EDGE_TAGS", "ACT_VERB_TAGS",
    "PLAIN_NOUN_TAGS", "OPENING_MARK_TAGS", "OBJECT_PARTICLES", "INSTRUMENTAL_PARTICLES", "COORDINATING_PARTICLES")}
PAIRS = {name: getattr(tags, name) for name in (  # one morpheme, (form, tag), compared with a token's first two
    "PEOPLE_COUNTER", "PLURAL_SUFFIX", "GENITIVE_PARTICLE", "LOCATIVE_PARTICLE")}


def copies(source: str) -> set[str]:
    """The tables a module's source spells again: a literal set, tuple or list of plain strings equal to one, or a
    tuple equal to a morpheme pair."""
    out = set()
    for node, found in string_literals(source):
        out |= {name for name, table in TABLES.items() if found == table}
        if isinstance(node, ast.Tuple):
            out |= {name for name, pair in PAIRS.items() if tuple(e.value for e in node.elts) == pair}
    return out


def test_tables_nest():
    assert tags.CLAUSE_END_TAGS < tags.CLAUSE_BREAK_TAGS < tags.CLAUSE_EDGE_TAGS
    assert tags.SENTENCE_END_TAGS < tags.CLAUSE_BREAK_TAGS
    assert tags.PLAIN_NOUN_TAGS < tags.NOUN_TAGS
    assert not tags.OBJECT_PARTICLES & tags.SUBJECT_PARTICLES
    assert len(set(TABLES.values())) == len(TABLES)  # no two names for one class
    assert all(len(pair) == 2 for pair in PAIRS.values())


@pytest.mark.parametrize("form, name, inside", [
    ("JX", "SUBJECT_TAGS", True),  # '내각은'
    ("JKO", "SUBJECT_TAGS", False),  # '협정을': an object
    ("SF", "SENTENCE_END_TAGS", True),
    ("EC", "SENTENCE_END_TAGS", False),  # '요구하며': the sentence goes on
    ("ETM", "CLAUSE_BREAK_TAGS", False),  # '[파견한] 부대': a relative clause is no break
    ("ETM", "CLAUSE_EDGE_TAGS", True),
    ("XSV", "ACT_VERB_TAGS", True),  # the 하 of '봉쇄하'
    ("VA", "ACT_VERB_TAGS", False),  # an adjective
    ("NNB", "PLAIN_NOUN_TAGS", False),  # a bound noun ('것', '명')
    ("를", "OBJECT_PARTICLES", True),
    ("으로", "INSTRUMENTAL_PARTICLES", True),  # '무력으로'
    ("에서", "INSTRUMENTAL_PARTICLES", False),  # a place
    ("와", "COORDINATING_PARTICLES", True),  # '오슬로와 리마'
    ("하고", "COORDINATING_PARTICLES", False),  # the spoken 'and': a reader adds it on its own
    ("SS", "OPENING_MARK_TAGS", True),  # '"': kiwi gives a straight quote no side
    ("SSC", "OPENING_MARK_TAGS", False),  # a closing bracket
])
def test_form_in_table(form, name, inside):
    assert (form in TABLES[name]) is inside


def test_no_module_copies_a_table():
    assert not copied_tables(copies)


@pytest.mark.parametrize("source, names", [
    ('if tag in ("JX", "JKS"):\n    pass', {"SUBJECT_TAGS"}),
    ('X = frozenset({"SF", "EF"})', {"SENTENCE_END_TAGS"}),
    ('X = ["EF", "EC", "SF", "ETM"]', {"CLAUSE_EDGE_TAGS"}),
    ('X = ("EC", "EF")', {"CLAUSE_END_TAGS"}),
    ('X = frozenset({"으로", "로"})', {"INSTRUMENTAL_PARTICLES"}),
    ('ok = particle in ("을", "를")', {"OBJECT_PARTICLES"}),
    ('X = frozenset({"와", "과"})', {"COORDINATING_PARTICLES"}),
    ('X = INSTRUMENTAL_PARTICLES', set()),  # a reader's own name for the shared class
    ('X = frozenset({"SF", "EF", "JKS"})', set()),  # a wider set of its own
    ('X = frozenset({"와", "과", "하고"})', set()),
    ('X = ("로", "JKB")', set()),  # a morpheme and its tag
    ('X = ("EF",)', set()),  # one tag: no class
    ('ok = toks[j][:2] == ("들", "XSN")', {"PLURAL_SUFFIX"}),
    ('X = (("에", "JKB"), ("대하", "VV"))', {"LOCATIVE_PARTICLE"}),  # a pair inside a sequence
    ('X = ("JKG", "의")', set()),  # another order: no morpheme pair the readers compare
    ('if tag in ("SSO", "SS"):\n    pass', {"OPENING_MARK_TAGS"}),
])
def test_copy_check_fires(source, names):
    assert copies(source) == names
