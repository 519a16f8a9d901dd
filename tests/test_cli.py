"""The command line: the README's main job on the sample corpus, exports, kb commands, exit codes."""
from __future__ import annotations

import csv
import json
import os

import pyarrow.parquet as pq
import pytest

from readout.cli import main
from tests.conftest import ROOT, SAMPLES, read_jsonl


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
    rows = list(csv.DictReader(open(tmp_path / "e.csv", encoding="utf-8-sig")))
    assert rows and set(rows[0]) >= {"id", "date", "type", "actors", "recipients", "place", "lat", "n_sources",
                                     "source_urls"}
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
    (["--office", "grand_vizier", "--country", "JPN"], "--office"),  # (no such office; the pope is one now)
    (["--office", "president", "--country", "XX1"], "--country"),
    ([], "needs a name"),
])
def test_kb_find_usage_errors_are_one_line_and_exit_2(capsys, argv, word):
    assert main(["kb", "find", *argv]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and word in captured.err
# --- usage errors: exit 2, one line, no traceback -------------------------------------------------------
@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("cli") / "r.db")
    assert main(["run", str(SAMPLES), "--db", db, "--quiet"]) == 0
    return db


@pytest.mark.parametrize("argv, says", [
    ([], "required: command"),
    (["bogus"], "invalid choice"),
    (["run"], "required: articles"),
    (["run", "x", "--workers", "0"], "--workers"),
    (["run", "{tmp}", "--out", "events.xlsx"], "cannot tell the format"),
    (["run", "{tmp}/nothing-here", "--db", "{tmp}/missing.db"], "no such file or folder"),
    (["export", "--db", "{db}"], "required: --out"),
    (["export", "--db", "{db}", "--out", "{tmp}/x.csv", "--format", "parquet"], "does not match"),
    (["export", "--db", "{db}", "--out", "{tmp}/x.parquet", "--format", "csv"], "does not match"),
    (["export", "--db", "{db}", "--out", "{tmp}/x.txt"], "cannot tell the format"),
    (["export", "--db", "{db}", "--out", "{tmp}/x.csv", "--format", "xml"], "invalid choice"),
    (["export", "--db", "{tmp}/missing.db", "--out", "{tmp}/x.csv"], "no database at"),
    (["serve", "--db", "{tmp}/missing.db"], "no database at"),
    (["serve", "--db", "{db}", "--port", "99999"], "not a port number"),
    (["serve", "--db", "{db}", "--limit-concurrency", "1"], "1 would refuse every request"),
    (["serve", "--db", "{db}", "--limit-concurrency", "-5"], "not a concurrency limit"),
    (["kb", "find", "Park Jin", "--date", "2025-13-45"], "not a date"),
    (["kb", "find"], "needs a name, or --office"),
    (["kb"], "required: kb_command"),
])
def test_every_usage_error_exits_2_with_one_line(argv, says, sample_db, tmp_path, capsys):
    argv = [a.format(db=sample_db, tmp=tmp_path) for a in argv]
    assert main(argv) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and says in lines[0] and lines[0].startswith("readout: "), captured.err
    assert "Traceback" not in captured.err and not captured.out
    assert not (tmp_path / "missing.db").exists()  # a wrong path creates no empty database


@pytest.mark.parametrize("name, fmt, expect", [
    ("e.csv", None, "csv"), ("e.parquet", None, "parquet"), ("e.jsonl", None, "jsonl"), ("E.CSV", None, "csv"),
    ("e.ndjson", None, "jsonl"), ("e.out", "csv", "csv"), ("e.csv", "csv", "csv"),
])
def test_export_format_from_the_extension_unless_format_says(name, fmt, expect, sample_db, tmp_path):
    out = tmp_path / name
    assert main(["export", "--db", sample_db, "--out", str(out), *(["--format", fmt] if fmt else [])]) == 0
    head = out.read_bytes()[:5]
    kind = "parquet" if head[:4] == b"PAR1" else "csv" if head.startswith(b"\xef\xbb\xbfid") else "jsonl"
    assert kind == expect


def test_serve_prints_its_address(sample_db):
    import socket
    import subprocess
    import sys

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        free = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "readout.cli", "serve", "--db", sample_db, "--port", str(free)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        line = proc.stdout.readline()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert f"http://127.0.0.1:{free}/" in line


# --- languages ---------------------------------------------------------------------------------------------
OTHER_LANGUAGES = {  # our own sentences
    "fr.txt": "Le ministre des Affaires étrangères a rencontré son homologue japonais à Paris mardi pour parler "
              "de la sécurité régionale et des échanges commerciaux entre les deux pays.",
    "ja.txt": "外務大臣は火曜日に東京で韓国の外相と会談し、地域の安全保障と両国の経済協力について話し合った。",
    "zh.txt": "外交部长星期二在北京会见了韩国外长，双方讨论了地区安全和两国经济合作问题，并同意明年继续举行会谈。",
    "ru.txt": "Министр иностранных дел во вторник встретился в Москве со своим корейским коллегой и обсудил "
              "региональную безопасность и экономическое сотрудничество.",
}


def test_run_skips_and_names_other_languages(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in OTHER_LANGUAGES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "en.txt").write_text("South Korean Foreign Minister Park Jin met U.S. Secretary of State Antony "
                                   "Blinken in Washington on Monday.", encoding="utf-8")
    out = tmp_path / "e.jsonl"
    assert main(["run", str(folder), "--db", str(tmp_path / "r.db"), "--out", str(out), "--quiet"]) == 0
    printed = capsys.readouterr().out
    assert "skipped 4 documents in other languages" in printed
    for name in ("French", "Japanese", "Chinese", "Russian"):
        assert f"1 {name}" in printed
    skipped = [r for r in read_jsonl(tmp_path / "e.rejects.jsonl") if r.get("skipped")]
    assert {r["doc"] for r in skipped} == set(OTHER_LANGUAGES)


def test_progress_lines_with_a_total_when_not_a_terminal(tmp_path):
    import io

    from readout.progress import count_documents, progress

    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.jsonl").write_text('{"id": 1}\n\n{"id": 2}\n{"id": 3}')
    assert count_documents([str(tmp_path)]) == 4
    stream = io.StringIO()
    assert list(progress(range(4), [str(tmp_path)], stream=stream, every=0.0)) == [0, 1, 2, 3]
    lines = stream.getvalue().splitlines()
    assert len(lines) == 5 and lines[0].startswith("readout: 1/4 inputs (25%): 1 documents") and "\r" not in stream.getvalue()
    assert lines[-1].startswith("readout: 4/4 inputs (100%): 4 documents, 0 rejected, 0 skipped")


INTERRUPTED_DOCS = {"a.txt": "The port authority of Gdansk met a delegation from Valencia on Monday.",
                    "b.txt": "그단스크 항만청장은 월요일 그단스크 항구에서 발렌시아 항만 대표단과 만나 협력 방안을 논의했다.",
                    "c.txt": "Estonia accused Belarus of closing a border crossing on Sunday."}


def test_an_interrupted_run_says_so_and_the_next_run_goes_on(tmp_path, monkeypatch, capsys):
    """harden59: Ctrl-C printed a traceback from deep inside an extractor; now one line and exit 130, what was
    stored is kept, and the same command again gives the export of a run never interrupted, nothing twice."""
    from readout import api

    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in INTERRUPTED_DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    assert main(["run", str(folder), "--db", str(tmp_path / "clean.db"), "--out", str(tmp_path / "clean.jsonl"),
                 "--quiet"]) in (0, 1)
    real = api.store_batch

    def store_then_interrupt(store, batch, report):
        real(store, batch, report)
        raise KeyboardInterrupt

    monkeypatch.setattr(api, "store_batch", store_then_interrupt)
    args = ["run", str(folder), "--db", str(tmp_path / "r.db"), "--out", str(tmp_path / "r.jsonl"), "--quiet"]
    assert main(args) == 130
    assert "interrupted" in capsys.readouterr().err and not (tmp_path / "r.jsonl").exists()
    monkeypatch.setattr(api, "store_batch", real)
    assert main(args) in (0, 1) and main(args) in (0, 1)  # gone on, then once more over the same input
    assert (tmp_path / "r.jsonl").read_bytes() == (tmp_path / "clean.jsonl").read_bytes()
    import sqlite3

    ids = [i for (i,) in sqlite3.connect(tmp_path / "r.db").execute("SELECT id FROM documents")]
    assert sorted(ids) == sorted(INTERRUPTED_DOCS)
