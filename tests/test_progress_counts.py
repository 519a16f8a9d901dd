"""(budget53) The progress line counts a run's inputs apart: documents read, rejected and skipped, each of them
one input of the total; a blank JSONL line is no input (the total does not count it; the run's summary does)."""
from __future__ import annotations

import io

import pytest

from readout.ingest.sources import BLANK_LINE, NEEDS_FETCHING, RawDocument, Reject, Skipped, Warned
from readout.progress import bar, lines, progress_line

DOC = RawDocument("d", text="x")
BAD = Reject("b", "bad_record", "not a JSON object")
OVER = Skipped("s", "other_language", "French")
BLANK = Skipped("f.jsonl:2", BLANK_LINE, "a blank line: no document")
LINK = Skipped("https://news.example.org/9", NEEDS_FETCHING, "feed entry has only a link")
WARNED = Warned("f.jsonl", "unknown_field", "2 records of this file hold fields readout does not read")


@pytest.mark.parametrize("items, total, last", [
    ([DOC, BAD, DOC], 3, "readout: 3/3 inputs (100%): 2 documents, 1 rejected, 0 skipped"),
    ([BAD, BAD, BAD, BAD], 4, "readout: 4/4 inputs (100%): 0 documents, 4 rejected, 0 skipped"),
    ([DOC, BLANK, OVER, BLANK], 2, "readout: 2/2 inputs (100%): 1 documents, 0 rejected, 1 skipped"),
    ([DOC, DOC], 5, "readout: 2/5 inputs (40%): 2 documents, 0 rejected, 0 skipped"),
    # harden54: an entry with only a link is named apart, it is still to be fetched
    ([DOC, LINK, LINK, OVER], 4, "readout: 4/4 inputs (100%): 1 documents, 0 rejected, 1 skipped, 2 need fetching,"),
    # harden56: a file's warning is no input (its documents were counted)
    ([DOC, DOC, WARNED], 2, "readout: 2/2 inputs (100%): 2 documents, 0 rejected, 0 skipped"),
])
def test_the_last_line_counts_documents_rejects_and_skipped_apart(items, total, last):
    stream = io.StringIO()
    assert list(lines(items, total, stream, every=1e9)) == items  # every item goes on, blank lines too
    assert stream.getvalue().splitlines()[-1].startswith(last)


class ShownBar:
    """What a tqdm bar is told: its moves, its last postfix, whether it was closed."""

    def __init__(self) -> None:
        self.n, self.postfix, self.closed = 0, {}, False

    def update(self, n: int) -> None:
        self.n += n

    def set_postfix(self, postfix: dict, refresh: bool = True) -> None:
        self.postfix = postfix

    def close(self) -> None:
        self.closed = True


@pytest.mark.parametrize("items, moves, postfix", [
    ([DOC, BAD, DOC], 3, {"rejected": 1, "skipped": 0}),
    ([DOC, BLANK, OVER, BLANK], 2, {"rejected": 0, "skipped": 1}),
    ([DOC, LINK, LINK, OVER], 4, {"rejected": 0, "skipped": 1, "need fetching": 2}),
    ([DOC, DOC, WARNED], 2, {}),
])
def test_the_bar_moves_by_the_inputs_the_lines_count(items, moves, postfix):
    """(debt58) The bar and the plain lines share one count: the bar moves once per input the last line counts, and
    shows the rejected and skipped ones beside it (the inputs still to fetch only once there are any)."""
    shown, stream = ShownBar(), io.StringIO()
    assert list(bar(items, shown)) == items
    list(lines(items, moves, stream, every=1e9))
    assert shown.n == moves and shown.postfix == postfix and shown.closed
    assert stream.getvalue().startswith(f"readout: {moves}/{moves} inputs")


def test_only_blank_lines_print_no_progress():
    stream = io.StringIO()
    list(lines([BLANK, BLANK], 0, stream, every=0.0))
    assert stream.getvalue() == ""


def test_a_line_while_running_names_the_rejects():
    line = progress_line({"document": 10, "rejected": 30, "skipped": 0}, 80, 4.0)
    assert line.startswith("readout: 40/80 inputs (50%): 10 documents, 30 rejected, 0 skipped, 10.0/s, about 4s left")


@pytest.mark.parametrize("content, expected", [
    ('[{"id": "a", "text": "대전"}, {"id": "b", "text": "Daejeon"}, 3]', 3),  # an array: its items (harden57)
    ('{"id": "a", "text": "Daejeon"}', 1),                                   # one record
    ('{"id": "a", "text": "x"}\n{"id": "b", "text": "y"}\n', 2),              # JSON lines named .json
    ('[{"id": "a", ', 1),                                                     # a fault: one input, one reject
])
def test_a_json_file_counts_its_records(tmp_path, content, expected):
    from readout.progress import count_documents

    (tmp_path / "in.json").write_text(content, encoding="utf-8")
    assert count_documents([str(tmp_path)]) == expected
