"""The command line: the README's main job on the sample corpus, exports, kb commands, exit codes."""
from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest

from readout.cli import main
from tests.conftest import SAMPLES, read_jsonl


def test_run_on_the_samples_prints_a_summary_and_writes_the_export(tmp_path, capsys):
    out = tmp_path / "events.jsonl"
    code = main(["run", str(SAMPLES), "--db", str(tmp_path / "r.db"), "--out", str(out), "--quiet"])
    printed = capsys.readouterr().out
    assert code == 0 and "read 7 documents" in printed and "wrote" in printed
    events = read_jsonl(out)
    meetings = [e for e in events if e["type"] == "CONSULT"]
    assert any({a["name"] for a in e["actors"]} == {"Yoon Suk Yeol", "Fumio Kishida"} and len(e["sources"]) == 2
               for e in meetings)
    assert (tmp_path / "events.rejects.jsonl").exists()


def test_export_formats(tmp_path):
    db = str(tmp_path / "r.db")
    main(["run", str(SAMPLES), "--db", db, "--quiet"])
    for fmt in ("jsonl", "csv", "parquet"):
        assert main(["export", "--db", db, "--format", fmt, "--out", str(tmp_path / f"e.{fmt}")]) == 0
    rows = list(csv.DictReader(open(tmp_path / "e.csv", encoding="utf-8")))
    assert rows and set(rows[0]) >= {"id", "date", "type", "participants", "countries", "place", "lat", "n_sources",
                                     "first_source_url"}
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == len(rows) == len(read_jsonl(tmp_path / "e.jsonl"))


def test_rejects_set_the_exit_code(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("")
    assert main(["run", str(folder), "--db", str(tmp_path / "r.db"), "--out", str(tmp_path / "e.jsonl"),
                 "--quiet"]) == 1
    (reject,) = read_jsonl(tmp_path / "e.rejects.jsonl")
    assert reject["doc"] == "empty.txt" and reject["code"] == "bad_record"


def test_kb_check_and_find(capsys):
    assert main(["kb", "check"]) == 0
    assert main(["kb", "find", "Cho Tae-yeol", "--date", "2024-11-14"]) == 0
    found = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert found["id"] == "per_cho-tae-yul" and found["reason"] == "variant rule"


def test_kb_find_answers_who_held_an_office(capsys):
    assert main(["kb", "find", "--office", "foreign_minister", "--country", "JPN", "--date", "2025-01-20"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert [h["id"] for h in answer["holders"]] == ["per_takeshi-iwaya"] and answer["date"] == "2025-01-20"


def test_kb_find_takes_any_case_and_equivalent_offices(capsys):
    assert main(["kb", "find", "--office", "foreign_minister", "--country", "usa", "--date", "2019-06-01"]) == 0
    (holder,) = json.loads(capsys.readouterr().out)["holders"]
    assert (holder["id"], holder["office"], holder["country"]) == ("per_mike-pompeo", "secretary_of_state", "USA")


def test_kb_find_with_nobody_in_office_gives_an_empty_list(capsys):
    assert main(["kb", "find", "--office", "vice_president", "--country", "KOR", "--date", "2020-01-01"]) == 0
    assert json.loads(capsys.readouterr().out)["holders"] == []


@pytest.mark.parametrize("argv, word", [
    (["--office", "foreign_minister", "--country", "JPN", "--date", "2025-13-45"], "--date"),
    (["--office", "pope", "--country", "JPN"], "--office"),
    (["--office", "president", "--country", "XX1"], "--country"),
    ([], "needs a name"),
])
def test_kb_find_usage_errors_are_one_line_and_exit_2(capsys, argv, word):
    assert main(["kb", "find", *argv]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and word in captured.err
