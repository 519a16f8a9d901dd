"""A name form two persons share (Korean homonyms are common: one Hangul name, two officials of two states).

persons.yaml declares such a form under `shared_forms`; `kb check` accepts it only when the listed persons are
exactly the form's users and their tenures never overlap, and the resolver then tells them apart by the
article's date (and the clause's country or office). Invented names throughout, except the one real pair the
data file declares."""
from __future__ import annotations

from datetime import date

import pytest

from readout.cli import main
from readout.errors import DataFileError
from readout.kb.knowledge import Knowledge
from readout.kb.loader import kb, load_kb
from readout.kb.resolve import PersonResolver
from tests.kb.test_persons_data import entry

DEF = "defense_minister"
A = entry("per_a", "Pyo Hanul", ["표한울"], "PRK", (DEF, "2019-01-01", "2021-01-01"))
B = entry("per_b", "Pyo Han-wool", ["표한울"], "KOR", ("industry_minister", "2024-01-01", None))
SHARED = {"form": "표한울", "persons": ["per_a", "per_b"], "why": "test homonyms"}
LATIN_A = entry("per_c", "Lee Daon", ["이다온"], "KOR", ("foreign_minister", "2018-01-01", "2019-01-01"))
LATIN_B = entry("per_d", "Lee Daon", ["리다온"], "PRK", ("foreign_minister", "2022-01-01", None))
LATIN = {"form": "Lee Daon", "persons": ["per_c", "per_d"], "why": "test homonyms"}


def test_a_declared_shared_form_passes_kb_check(with_persons):
    with_persons(A, B, LATIN_A, LATIN_B, shared=[SHARED, LATIN])
    assert main(["kb", "check"]) == 0


BAD = [
    ("belongs to both", [A, B], []),  # undeclared: a duplicate is an accident until declared
    ("is used by", [A, B], [{**SHARED, "persons": ["per_a", "per_x"]}]),  # declared for someone else
    ("tenures overlap", [A, entry("per_b", "Pyo Han-wool", ["표한울"], "KOR", ("industry_minister", "2020-06-01", None))],
     [SHARED]),
]


@pytest.mark.parametrize("message, persons, shared", BAD, ids=[m for m, _, _ in BAD])
def test_kb_check_rejects_an_undeclared_or_unsafe_shared_form(with_persons, message, persons, shared):
    with_persons(*persons, shared=shared)
    with pytest.raises(DataFileError, match=message):
        load_kb()


@pytest.mark.parametrize("surface, day, expected", [
    ("표한울", date(2020, 3, 1), "per_a"),   # Korean: the one holding office that day
    ("표한울", date(2025, 3, 1), "per_b"),
    ("Lee Daon", date(2018, 6, 1), "per_c"),  # English: the same rule on a Latin form
    ("Lee Daon", date(2023, 6, 1), "per_d"),
])
def test_the_date_tells_the_homonyms_apart(with_persons, surface, day, expected):
    with_persons(A, B, LATIN_A, LATIN_B, shared=[SHARED, LATIN])
    assert PersonResolver(Knowledge(kb())).resolve(surface, day=day).id == expected


def test_with_neither_in_office_the_name_is_nobody_known(with_persons):
    with_persons(A, B, shared=[SHARED])
    assert PersonResolver(Knowledge(kb())).resolve("표한울", day=date(2022, 6, 1)).id not in {"per_a", "per_b"}


@pytest.mark.parametrize("day, expected", [(date(2020, 5, 1), "per_kim-jong-gwan"), (date(2025, 9, 1), "per_kim-jung-kwan")])
def test_the_data_files_declared_pair(day, expected):
    assert PersonResolver(Knowledge(kb())).resolve("김정관", day=day).id == expected
