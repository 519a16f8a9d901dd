"""Fuzz: more than 40 kinds of bad input, each alone and all mixed with good articles in one run.

For every kind: no traceback, the bad input is rejected (or skipped) with its code and a reason, and
the good articles' events are exactly those of a run of the good articles alone. The texts are ours.
"""
from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest

from readout.api import run
from readout.settings import SETTINGS

GOOD_KO = "박진 외교부 장관은 13일 워싱턴에서 토니 블링컨 미국 국무장관과 회담했다."
GOOD_EN = "U.S. Secretary of State Antony Blinken met South Korean Foreign Minister Park Jin on Monday in Seoul."
QUIET = "The weather stayed mild across the capital and the markets closed calm in the afternoon."
LONG_OK = GOOD_EN + " " + QUIET


def line(**fields) -> bytes:
    return json.dumps(fields, ensure_ascii=True).encode() + b"\n"


def deep(n: int) -> bytes:
    return b'{"id": "deep", "text": "' + LONG_OK.encode() + b'", "x": ' + b"[" * n + b"]" * n + b"}\n"


def fifo(path: Path) -> None:
    os.mkfifo(path)


def dev_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def loop(path: Path) -> None:
    other = path.with_name(path.name + ".other.txt")
    path.symlink_to(other.name)
    other.symlink_to(path.name)


def dangling(path: Path) -> None:
    path.symlink_to("no-such-target.txt")


def unix_socket(path: Path) -> None:
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(path))
    s.close()


def unreadable(path: Path) -> None:
    path.write_text(LONG_OK, encoding="utf-8")
    path.chmod(0)


# (file name, bytes or a function that makes the file, expected code)
KINDS: list[tuple[str, object, str]] = [
    ("empty.txt", b"", "bad_record"),
    ("blank.txt", b" \n\t \n", "bad_record"),
    ("short.txt", b"Talks.", "bad_record"),
    ("only-invisible.txt", "\u200b\u200d\u2060\ufeff\u200e".encode() * 30, "bad_record"),
    ("pdf.txt", b"%PDF-1.7\n%binary", "unsupported_input"),
    ("png.txt", b"\x89PNG\r\n\x1a\nrest", "unsupported_input"),
    ("elf.txt", b"\x7fELF\x02\x01\x01", "unsupported_input"),
    ("zip.docx", b"PK\x03\x04 zipped", "unsupported_input"),
    ("README", LONG_OK.encode(), "unsupported_input"),
    ("nul-bytes.txt", b"Seoul talks \x00\x01\x02\x00 went on \xff\x00" * 20, "unsupported_input"),
    ("not-text.txt", b"\x80\x81\xff\xfe\xfa" * 50, "unsupported_input"),
    ("too-big.txt", b"a " * (SETTINGS.max_document_bytes // 2 + 1), "too_large"),
    ("japanese.txt", "東京で日本と韓国の外相が会談した。両国は協力を確認した。".encode() * 3, "unsupported_input"),
    ("russian.txt", "Министры иностранных дел встретились в Москве и обсудили сотрудничество.".encode() * 2,
     "unsupported_input"),
    ("script-only.html", b"<html><script>var a = 1;</script><div></div></html>", "bad_record"),
    ("empty.html", b"", "bad_record"),
    ("fifo.txt", fifo, "not_regular_file"),
    ("zero.txt", dev_zero, "not_regular_file"),
    ("loop.txt", loop, "not_regular_file"),
    ("dangling.txt", dangling, "input_error"),
    ("socket.txt", unix_socket, "not_regular_file"),
    ("broken.jsonl", b"{not json\n", "bad_record"),
    ("list.jsonl", b'["a", "list"]\n', "bad_record"),
    ("empty-object.jsonl", b"{}\n", "bad_record"),
    ("no-id.jsonl", line(text=LONG_OK), "bad_record"),
    ("no-text.jsonl", line(id="no-text"), "bad_record"),
    ("object-id.jsonl", line(id={"a": 1}, text=LONG_OK), "bad_record"),
    ("bool-id.jsonl", line(id=True, text=LONG_OK), "bad_record"),
    ("control-id.jsonl", line(id="a\x07b", text=LONG_OK), "bad_record"),
    ("number-text.jsonl", line(id="number-text", text=12), "bad_record"),
    ("nan-text.jsonl", b'{"id": "nan", "text": NaN}\n', "bad_record"),
    ("nul-text.jsonl", line(id="nul-text", text=LONG_OK + "\x00"), "bad_record"),
    ("date-word.jsonl", line(id="date-word", text=LONG_OK, published="yesterday"), "bad_record"),
    ("date-year-1.jsonl", line(id="date-1", text=LONG_OK, published="0001-01-01"), "bad_record"),
    ("date-2999.jsonl", line(id="date-2999", text=LONG_OK, published="2999-12-31"), "bad_record"),
    ("date-feb-30.jsonl", line(id="feb-30", text=LONG_OK, published="2024-02-30"), "bad_record"),
    # a `published` of another JSON type (an object, a 5,000-digit number) is no reject since harden54: the document
    # is kept and the field named in a warning (tests/ingest/test_field_warnings.py)
    ("deep.jsonl", deep(100_000), "bad_record"),
    ("not-utf8.jsonl", b'{"id": "latin", "text": "caf\xe9 ' + LONG_OK.encode() + b'"}\n', "bad_record"),
    ("long-line.jsonl", b'{"id": "long", "text": "' + b"a" * (SETTINGS.max_jsonl_line_bytes + 10) + b'"}\n',
     "too_large"),
    ("too-long-text.jsonl", line(id="too-long", text="a " * (SETTINGS.max_extract_chars // 2 + 1)), "too_large"),
    ("utf16.jsonl", "\ufeff".encode("utf-16-le") + line(id="u16", text=LONG_OK).decode().encode("utf-16-le"),
     "unsupported_input"),
    ("html-empty.jsonl", line(id="html-empty", html="<html><body></body></html>"), "bad_record"),
    ("duplicate.jsonl", line(id="twice", text=QUIET) + line(id="twice", text=QUIET + " Again."), "duplicate_id"),
]
if os.geteuid() != 0:  # root reads a file whatever its mode
    KINDS.append(("unreadable.txt", unreadable, "unreadable"))


def make(folder: Path, name: str, content) -> Path:
    path = folder / name
    if callable(content):
        content(path)
    else:
        path.write_bytes(content)
    return path


def write_good(folder: Path) -> None:
    (folder / "ko.txt").write_text(GOOD_KO, encoding="utf-8")
    (folder / "en.txt").write_text(GOOD_EN, encoding="utf-8")
    (folder / "feed.jsonl").write_text(json.dumps({"id": "ok-1", "text": LONG_OK}) + "\n", encoding="utf-8")


def events_without_ids(path: Path) -> list[str]:
    return sorted(json.dumps({k: v for k, v in json.loads(x).items() if k != "id"}, sort_keys=True)
                  for x in path.read_text(encoding="utf-8").splitlines())


def rejected(report) -> dict[str, tuple[str, str]]:
    """File name (and document id) -> (code, reason) of every reject and skip of a run."""
    out = {}
    for r in report.rejected + report.skipped:
        out[r.doc] = out[Path(r.path).name if r.path else r.doc] = (r.code, r.reason)
    return out


def test_there_are_at_least_forty_kinds():
    assert len(KINDS) >= 40
    assert len({name for name, _c, _e in KINDS}) == len(KINDS)


@pytest.mark.parametrize("name,content,code", KINDS, ids=[k[0] for k in KINDS])
def test_each_bad_input_alone_is_rejected_with_a_reason(tmp_path, name, content, code):
    folder = tmp_path / "in"
    folder.mkdir()
    make(folder, name, content)
    report = run([str(folder)], db=str(tmp_path / "r.db"), out=str(tmp_path / "e.jsonl"), progress=False)
    got = rejected(report)
    assert name in got, f"{name} was not rejected: {got}"
    assert got[name][0] == code and got[name][1].strip()


def test_all_bad_inputs_mixed_with_good_articles(tmp_path):
    good, mixed = tmp_path / "good", tmp_path / "mixed"
    good.mkdir()
    mixed.mkdir()
    write_good(good)
    write_good(mixed)
    for name, content, _code in KINDS:
        make(mixed, name, content)
    clean = run([str(good)], db=str(tmp_path / "a.db"), out=str(tmp_path / "a.jsonl"), progress=False)
    report = run([str(mixed)], db=str(tmp_path / "b.db"), out=str(tmp_path / "b.jsonl"), progress=False)
    got = rejected(report)
    assert {name: got.get(name, ("-",))[0] for name, _c, _e in KINDS} == {name: code for name, _c, code in KINDS}
    assert clean.rejected == [] and clean.events_found > 0
    assert events_without_ids(tmp_path / "a.jsonl") == events_without_ids(tmp_path / "b.jsonl")
    rejects = [json.loads(x) for x in (tmp_path / "b.rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    assert all(r["reason"] and r["code"] for r in rejects)


@pytest.mark.parametrize("reason_part,content", [
    ("UTF-16", "\ufeff".encode("utf-16-le") + line(id="u", text=LONG_OK).decode().encode("utf-16-le")),
    ("nested 100001 deep", deep(100_000)),
    ("outside the years 1900-2100", line(id="d", text=LONG_OK, published="0001-01-01")),
    ("NUL", line(id="n", text=LONG_OK + "\x00")),
    ("not UTF-8", b'{"id": "latin", "text": "caf\xe9"}\n'),
])
def test_reasons_name_the_real_cause(tmp_path, reason_part, content):
    (tmp_path / "x.jsonl").write_bytes(content)
    report = run([str(tmp_path / "x.jsonl")], db=str(tmp_path / "r.db"), progress=False)
    assert len(report.rejected) == 1 and reason_part in report.rejected[0].reason


@pytest.mark.parametrize("name,content,reason_part", [
    ("fifo.txt", fifo, "FIFO"), ("zero.txt", dev_zero, "character device"), ("loop.txt", loop, "loop"),
    ("nul-bytes.txt", b"Seoul \x00\x01 talks \xff\x00" * 20, "NUL bytes"),
])
def test_file_reasons_name_the_real_cause(tmp_path, name, content, reason_part):
    make(tmp_path, name, content)
    report = run([str(tmp_path / name)], db=str(tmp_path / "r.db"), progress=False)
    assert any(reason_part in r.reason for r in report.rejected), report.rejected
