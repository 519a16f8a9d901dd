"""Heads by bare surname (kb/heads.py): the surname keys a persons.yaml head is found by (actors6)."""
from datetime import date

import pytest

from readout.kb.heads import head_on, head_offices, surname_keys
from readout.kb.loader import kb


def person(pid: str):
    return next(p for p in kb().persons.values() if p.id == pid)


@pytest.mark.parametrize("pid, keys", [
    ("per_bashar-al-assad", ["al assad", "assad"]),          # an Arabic article joined to the surname
    ("per_abdel-fattah-el-sisi", ["el sisi", "sisi", "al sisi"]),  # and the variant's article
    ("per_volodymyr-zelensky", ["zelensky", "zelenskyy"]),  # a variant's own surname (actors8)
    ("per_vladimir-putin", ["putin"]),                       # nothing to take off
    ("per_xi-jinping", ["xi"]),                              # family name first
])
def test_surname_keys(pid, keys):
    assert surname_keys(person(pid)) == keys


@pytest.mark.parametrize("name, day, code", [
    ("Assad", date(2020, 1, 1), "SYR"),
    ("Sisi", date(2020, 1, 1), "EGY"),
    ("Assad", date(2025, 6, 1), None),                       # out of office on the day
])
def test_a_bare_surname_without_its_article_names_the_head(name, day, code):
    p, _code = head_on(name, day, set(head_offices()))
    assert (p.country if p else None) == code
