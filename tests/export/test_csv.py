"""CSV export: one row per event, direction kept (actors and recipients apart), read back as text."""
from __future__ import annotations

import csv

import pytest

from readout.export.writers import CSV_COLUMNS, write_events


@pytest.fixture
def rows(records, tmp_path) -> list[dict]:
    path = tmp_path / "e.csv"
    assert write_events(records, str(path)) == 2
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_columns(rows):
    assert list(rows[0]) == CSV_COLUMNS
    assert {"actors", "actor_countries", "recipients", "recipient_countries", "actor_sectors", "mode", "status",
            "generic", "date_precision", "documents", "source_urls", "evidence"} <= set(CSV_COLUMNS)


@pytest.mark.parametrize("column, meet, condemn", [
    ("actors", "Park Jin; Antony Blinken", "Park Jin"),
    ("actor_countries", "KOR; USA", "KOR"),
    ("actor_sectors", "GOV; GOV", "GOV"),
    ("recipients", "", "North Korea"),
    ("recipient_countries", "", "PRK"),
    ("mode", "visit", "disapprove"),
    ("status", "occurred", "occurred"),
    ("generic", "False", "True"),
    ("date", "2022-06-13", "2022-06"),
    ("date_precision", "day", "month"),
    ("documents", "a.txt; b.txt", "c.txt"),
    ("source_urls", "https://example.kr/a; https://example.com/b", ""),
    ("evidence", "박진 장관은 블링컨 장관과 회담했다.", "Park Jin condemned North Korea's launch."),
    ("languages", "ko; en", "en"),
    ("place", "Washington", ""),
    ("lat", "38.9", ""),
])
def test_values(rows, column, meet, condemn):
    assert (rows[0][column], rows[1][column]) == (meet, condemn)


def test_hangul_survives_a_spreadsheet(records, tmp_path):
    path = tmp_path / "e.csv"
    write_events(records, str(path))
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the mark
