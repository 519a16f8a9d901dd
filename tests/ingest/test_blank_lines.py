"""(budget53) A blank JSONL line is no document and no error, but a run counts it: the reader passes it over as a
`Skipped` 'blank_line' naming its file and line, the run's report counts it among the inputs passed over, and
`readout run` says how many there were."""
from __future__ import annotations

import json

import pytest

from readout.api import run
from readout.cli import main
from readout.ingest.sources import BLANK_LINE, RawDocument, Reject, Skipped, read_documents

EN = "Peru's foreign minister met the Bolivian ambassador in Cusco on Monday, the ministry said."
KO = "페루 외교장관은 월요일 쿠스코에서 볼리비아 대사와 만났다고 외교부가 밝혔다."


def wire(tmp_path, lines: list[str]):
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("lines, blank_at, documents", [
    ([json.dumps({"id": "p1", "text": EN}), "", json.dumps({"id": "p2", "text": KO})], [2], ["p1", "p2"]),
    (["   ", json.dumps({"id": "p1", "text": KO}), "\t", ""], [1, 3, 4], ["p1"]),
    (["", "", ""], [1, 2, 3], []),
    ([json.dumps({"id": "p1", "text": EN})], [], ["p1"]),       # the file's last newline is no blank line
])
def test_each_blank_line_is_passed_over_by_name(tmp_path, lines, blank_at, documents):
    items = list(read_documents([str(wire(tmp_path, lines))]))
    blank = [i for i in items if isinstance(i, Skipped)]
    assert [(b.code, b.line, b.doc) for b in blank] == [(BLANK_LINE, n, f"wire.jsonl:{n}") for n in blank_at]
    assert [i.id for i in items if isinstance(i, RawDocument)] == documents
    assert not [i for i in items if isinstance(i, Reject) and not isinstance(i, Skipped)]


def test_a_run_counts_blank_lines_and_says_so(tmp_path, capsys):
    path = wire(tmp_path, [json.dumps({"id": "c1", "text": EN}), "", " ", json.dumps({"id": "c2", "text": KO})])
    report = run([str(path)], db=str(tmp_path / "r.db"), progress=False)
    assert (report.read, report.ignored, report.rejected) == (2, {BLANK_LINE: 2}, [])
    assert main(["run", str(path), "--db", str(tmp_path / "s.db"), "--quiet"]) == 0
    printed = capsys.readouterr().out
    assert "passed over 2 blank lines" in printed and "records that are not articles" not in printed
