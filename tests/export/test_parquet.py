"""Parquet export: the record as nested columns (lists and structs, no JSON strings), read back with
pyarrow, and with DuckDB where it is installed."""
from __future__ import annotations

from datetime import date

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from readout.export.writers import write_events


@pytest.fixture
def path(records, tmp_path) -> str:
    out = str(tmp_path / "e.parquet")
    assert write_events(records, out) == 2
    return out


@pytest.mark.parametrize("column, check", [
    ("id", pa.types.is_string),
    ("generic", pa.types.is_boolean),
    ("n_sources", pa.types.is_int64),
    ("date_start", pa.types.is_date32),
    ("location", pa.types.is_struct),
    ("actors", lambda t: pa.types.is_list(t) and pa.types.is_struct(t.value_type)),
    ("recipients", lambda t: pa.types.is_list(t) and pa.types.is_struct(t.value_type)),
    ("sources", lambda t: pa.types.is_list(t) and pa.types.is_struct(t.value_type)),
    ("contexts", lambda t: pa.types.is_list(t) and pa.types.is_string(t.value_type)),
])
def test_nested_schema(path, column, check):
    assert check(pq.read_schema(path).field(column).type)


def test_no_json_strings(path):
    table = pq.read_table(path)
    for column in table.column_names:
        if pa.types.is_string(table.schema.field(column).type):
            assert not any(str(v).startswith(("{", "[")) for v in table.column(column).to_pylist() if v)


def test_values_read_back(path, records):
    rows = pq.read_table(path).to_pylist()
    meet, condemn = rows
    assert [a["name"] for a in meet["actors"]] == ["Park Jin", "Antony Blinken"] and meet["recipients"] == []
    assert condemn["recipients"][0]["country"] == "PRK" and condemn["generic"] is True
    assert meet["location"]["lat"] == 38.9 and condemn["location"] is None
    assert meet["date_start"] == date(2022, 6, 13) and condemn["date_start"] == date(2022, 6, 1)
    assert [s["lang"] for s in meet["sources"]] == ["ko", "en"]
    assert meet["sources"][0]["evidence"] == [{"start": 0, "end": len(records[0]["sources"][0]["text"])}]


def test_empty_export_has_the_schema(tmp_path):
    out = str(tmp_path / "empty.parquet")
    assert write_events([], out) == 0
    assert pq.read_table(out).num_rows == 0 and "actors" in pq.read_schema(out).names


def test_row_groups_for_large_exports(records, tmp_path):
    from readout.export.writers import write_parquet

    out = str(tmp_path / "many.parquet")
    many = [dict(records[i % 2], id=f"ev_{i}") for i in range(7)]
    assert write_parquet(many, out, batch_rows=3) == 7
    assert pq.ParquetFile(out).num_row_groups == 3 and pq.read_table(out).num_rows == 7


def test_duckdb_reads_nested_columns(path):
    duckdb = pytest.importorskip("duckdb", reason="DuckDB is not installed (pip install readout[test])")
    rows = duckdb.sql(f"SELECT id, actors[1].name AS first, len(sources) AS n, location.name AS place "
                      f"FROM read_parquet('{path}') ORDER BY id").fetchall()
    assert rows == [("ev_condemn", "Park Jin", 1, None), ("ev_meet", "Park Jin", 2, "Washington")]
    ((count,),) = duckdb.sql(f"SELECT count(*) FROM (SELECT unnest(actors) AS a FROM read_parquet('{path}')) "
                          f"WHERE a.country = 'USA'").fetchall()
    assert count == 1
