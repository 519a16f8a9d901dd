"""CSV cells a spreadsheet would run as formulas are neutralized; numbers stay numbers."""
from __future__ import annotations

import csv

import pytest

from readout.export.writers import neutralized, write_events

RECORD = {"id": "ev1", "date": "2024-01-01", "type": "CONSULT", "mode": None, "status": "occurred",
          "actors": [{"name": "=HYPERLINK(\"http://x.example\",\"click\")", "country": "KOR"}],
          "recipients": [{"name": "@SUM(A1)", "country": "+USA"}], "location": {"name": "-2+3", "lat": -33.5},
          "sources": [{"url": "\tcmd|' /C calc'!A0"}]}


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1+2", "@A1", "\tx", "\rx", "=HYPERLINK(\"u\")"])
def test_formula_starters_get_an_apostrophe(value):
    assert neutralized({"c": value}) == {"c": "'" + value}


@pytest.mark.parametrize("value", ["Park Jin", "박진", "", None, -33.5, 12, "a=b", "1-2"])
def test_other_values_are_unchanged(value):
    assert neutralized({"c": value}) == {"c": value}


def test_the_csv_export_holds_no_formula(tmp_path):
    out = tmp_path / "e.csv"
    assert write_events([RECORD], str(out), "csv") == 1
    row = next(csv.DictReader(open(out, encoding="utf-8")))
    texts = {k: v for k, v in row.items() if k not in ("lat", "lon")}
    assert all(not v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in texts.values()), texts
    assert row["lat"] == "-33.5"  # a number is not a formula
