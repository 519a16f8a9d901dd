"""Exports of records holding odd text round-trip (harden59b): control characters (no NUL: the store refuses it),
Unicode's line breaks, bidirectional marks, emoji sequences, a byte-order mark, very long evidence. JSONL is read
line by line both ways (split at LF, and by Unicode's rules), CSV through `csv` and pyarrow's reader, Parquet
through pyarrow (pandas and DuckDB are not installed in the project's environment)."""
from __future__ import annotations

import copy
import csv
import json

import pytest

from readout.export.writers import FORMULA_STARTS, write_events
from tests.export.conftest import RECORDS

ODD = ["a vote\x01\x02\x1b\x7f ended", "records\x1c\x1d\x1e\x1f apart", "next\x85 line\u2028 para\u2029 end",
       "right \u200fto\u202e left\u202c \u200e", "harbour 🚢 family 👨\u200d👩\u200d👧 flag 🇰🇷",
       "cr\r lf\n both\r\n", "tab\tquote\" comma, semicolon;", "\ufeffa mark first", "zero\u200b\u200d\u2060width",
       "항구 \u3000 전각 공백", "vt\x0b ff\x0c bs\x08", "private\ue000 last\uffff", "the harbour " * 25_000]


def odd_records() -> list[dict]:
    """One record per odd text: as its first source's evidence, its first actor's name and its place's name."""
    records = []
    for i, text in enumerate(ODD):
        record = copy.deepcopy(RECORDS[0])
        record["id"], record["sources"] = f"ev_odd{i}", record["sources"][:1]
        record["sources"][0]["text"] = record["actors"][0]["name"] = record["location"]["name"] = text
        records.append(record)
    return records


@pytest.mark.parametrize("split", [lambda raw: raw.split("\n"), str.splitlines])
def test_jsonl_of_odd_text_round_trips_whatever_splits_its_lines(tmp_path, split):
    """Before harden59b NEL, U+2028 and U+2029 were written raw, and `str.splitlines` cut a record there."""
    path = tmp_path / "odd.jsonl"
    write_events(odd_records(), str(path))
    raw = path.read_text(encoding="utf-8")
    assert [json.loads(line) for line in split(raw) if line] == odd_records()
    assert not any(c in raw for c in "\x85\u2028\u2029")


def test_jsonl_of_odd_text_reads_in_pyarrow(tmp_path):
    import pyarrow.json as pj

    path = tmp_path / "odd.jsonl"
    write_events(odd_records(), str(path))
    table = pj.read_json(str(path))
    assert [s[0]["text"] for s in table.column("sources").to_pylist()] == ODD


def cell(text: str) -> str:
    """What a CSV cell holds for `text`: a formula start is kept from running by a leading apostrophe."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def test_csv_of_odd_text_round_trips_through_csv_and_pyarrow(tmp_path):
    import pyarrow.csv as pcsv

    path = tmp_path / "odd.csv"
    write_events(odd_records(), str(path))
    old = csv.field_size_limit(10 ** 7)  # the evidence of 300,000 characters is over csv's default field limit
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
    finally:
        csv.field_size_limit(old)
    actors = [r["actors"].removesuffix("; Antony Blinken") for r in rows]  # the second actor's name joined after
    assert [r["evidence"] for r in rows] == actors == [r["place"] for r in rows] == [cell(t) for t in ODD]
    table = pcsv.read_csv(str(path), parse_options=pcsv.ParseOptions(newlines_in_values=True))
    assert table.column_names[0] == "id" and table.column("evidence").to_pylist() == [cell(t) for t in ODD]


def test_parquet_of_odd_text_round_trips(tmp_path):
    import pyarrow.parquet as pq

    path = tmp_path / "odd.parquet"
    write_events(odd_records(), str(path))
    rows = pq.read_table(str(path)).to_pylist()
    assert [r["sources"][0]["text"] for r in rows] == [r["actors"][0]["name"] for r in rows] == ODD
    assert [r["location"]["name"] for r in rows] == ODD


@pytest.mark.parametrize("text", ["plain harbour words", "항구 소식", "one\x85break", "line\u2028sep",
                                  "para\u2029sep", "all\x85three\u2028of\u2029them", ""])
def test_json_line_escapes_exactly_where_a_break_stands(text):
    """(speed60) The translation runs only on a line holding NEL, U+2028 or U+2029: the line is the one the
    unconditional translation wrote, and none of the three is left raw."""
    from readout.export.writers import LINE_BREAKS, json_line

    record = {"id": "ev_x", "sources": [{"text": text}], "actors": [{"name": text}]}
    line = json_line(record)
    assert line == json.dumps(record, ensure_ascii=False).translate(LINE_BREAKS) + "\n"
    assert not any(c in line for c in "\x85\u2028\u2029") and json.loads(line) == record
