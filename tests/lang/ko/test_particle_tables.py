"""The particles and connective endings the Korean readers bound a clause by live in readout/lang/ko/tags.py (the
particles read there from the clause section of data/lexicon/ko.yaml, their one source): no
module of lang or pipeline spells one of those sets again, or a part of one (a copy that drifts: one reader's joined
clause took '-으며' and another's did not), or a set holding the whole subject or joining set beside words of its own
(that one is built as `SUBJECT_PARTICLES | {...}`)."""
from __future__ import annotations

import pytest

from readout.lang.ko import tags
from tests.lang.ko.source_tables import copied_tables, string_literals

TABLES = {name: getattr(tags, name) for name in ("TOPIC_PARTICLES", "NOMINATIVE_PARTICLES", "SUBJECT_PARTICLES",
                                                  "CONTINUING_ENDINGS", "JOINING_ENDINGS")}
WIDE = {"OWN_CLAUSE_ENDINGS": tags.OWN_CLAUSE_ENDINGS}  # a wide bag: a part of it is a class of its own ('아', '어')
HELD_WHOLE = ("SUBJECT_PARTICLES", "JOINING_ENDINGS")  # sets no module may hold whole beside words of its own


def copies(source: str) -> set[str]:
    """The tables a module's source spells a copy of: equal to or inside a table, equal to a wide one, or holding
    a whole subject or joining set beside other words."""
    out = set()
    for _, found in string_literals(source):
        out |= {name for name, table in TABLES.items() if found <= table}
        out |= {name for name, table in WIDE.items() if found == table}
        out |= {name for name in HELD_WHOLE if TABLES[name] < found}
    return out


def test_tables_nest():
    assert tags.TOPIC_PARTICLES | tags.NOMINATIVE_PARTICLES == tags.SUBJECT_PARTICLES
    assert not tags.TOPIC_PARTICLES & tags.NOMINATIVE_PARTICLES
    assert tags.CONTINUING_ENDINGS < tags.JOINING_ENDINGS < tags.OWN_CLAUSE_ENDINGS
    assert not tags.SUBJECT_PARTICLES & tags.OWN_CLAUSE_ENDINGS


@pytest.mark.parametrize("form, name, inside", [
    ("는", "TOPIC_PARTICLES", True),  # '정부는'
    ("가", "TOPIC_PARTICLES", False),
    ("가", "NOMINATIVE_PARTICLES", True),  # '정부가 ...했다고': a told clause's subject
    ("도", "SUBJECT_PARTICLES", False),  # 'B도': the other party, a reader adds it on its own
    ("으며", "CONTINUING_ENDINGS", True),  # the allomorph after a consonant stem: '막으며'
    ("으면서", "CONTINUING_ENDINGS", True),
    ("고", "CONTINUING_ENDINGS", False),
    ("고", "JOINING_ENDINGS", True),
    ("라며", "JOINING_ENDINGS", False),  # a quotation's link, no clause of the subject's own
    ("지만", "JOINING_ENDINGS", False),
])
def test_form_in_table(form, name, inside):
    assert (form in TABLES[name]) is inside


def test_no_module_copies_a_table():
    assert not copied_tables(copies)


@pytest.mark.parametrize("source, names", [
    ('X = frozenset({"이", "가", "은", "는"})', {"SUBJECT_PARTICLES"}),
    ('if form in ("은", "는"):\n    pass', {"TOPIC_PARTICLES", "SUBJECT_PARTICLES"}),
    ('X = frozenset({"며", "면서", "고"})', {"JOINING_ENDINGS"}),  # a part of a table
    ('X = frozenset({"이", "가", "은", "는", "도"})', {"SUBJECT_PARTICLES"}),  # the whole set beside '도'
    ('X = SUBJECT_PARTICLES | {"도"}', set()),
    ('X = frozenset({"며", "라며", "면서", "라면서"})', set()),  # a quotation's links: a class of its own
    ('X = ("이", "VCP")', set()),  # a morpheme and its tag
    ('X = frozenset({"ᆫ", "ㄴ", "는", "은"})', set()),  # the adnominal endings, no particles
])
def test_copy_check_fires(source, names):
    assert copies(source) == names

