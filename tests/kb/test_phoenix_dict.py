"""scripts/data/phoenix_dict.py walks the Phoenix country dictionary once for the data builders and the actor
string benchmark (bench/actor_strings.py): `country_blocks` gives every entry with the state of the last header
block read and whether it is that header, `country_entries` the entries under a header only. A small dictionary
of our own in the file's layout."""
from __future__ import annotations

import pytest

from tests.kb.data_scripts import data_script

DICTIONARY = """\
STRAY_MINISTRY_ [XYZGOV]

CHILE_ [CHL]
+CHILEAN_

SANTIAGO_NATIONAL_CONGRESS_ [CHLLEG]

PERU_ [PER]

LIMA_SUPREME_COURT_ [PERJUD]
ANDEAN_SENTRY_GUARD_
\t[PERMIL]
"""


@pytest.fixture(scope="module")
def phoenix():
    return data_script("phoenix_dict.py")


@pytest.fixture()
def dictionary(tmp_path):
    path = tmp_path / "Phoenix.Countries.actors.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    return path


def test_country_blocks(phoenix, dictionary):
    assert list(phoenix.country_blocks(dictionary)) == [
        (None, ["STRAY_MINISTRY_"], ["XYZGOV"], False),  # before any header: no state
        ("CHL", ["CHILE_", "CHILEAN_"], ["CHL"], True),
        ("CHL", ["SANTIAGO_NATIONAL_CONGRESS_"], ["CHLLEG"], False),
        ("PER", ["PERU_"], ["PER"], True),
        ("PER", ["LIMA_SUPREME_COURT_"], ["PERJUD"], False),
        ("PER", ["ANDEAN_SENTRY_GUARD_"], ["PERMIL"], False),  # codes on a tab line of their own
    ]


def test_country_entries_leave_out_headers_and_stray_entries(phoenix, dictionary):
    assert [(state, names[0]) for state, names, _codes in phoenix.country_entries(dictionary)] == [
        ("CHL", "SANTIAGO_NATIONAL_CONGRESS_"), ("PER", "LIMA_SUPREME_COURT_"), ("PER", "ANDEAN_SENTRY_GUARD_")]
