"""(budget52) A batch with an over-budget document, binary files, empty lines, a 5 MB paragraph and a bad JSON line:
each bad input is rejected alone, named with where it was read (file and JSONL line), the rest of the batch is
stored, and a rerun stores the same."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from readout.api import run
from readout.errors import TimeBudgetExceeded
from readout.model import Article
from readout.parallel import extract_or_error
from readout.settings import SETTINGS

GOOD_EN = "Ecuador's president met the Colombian foreign minister in Quito on Tuesday, officials said."
GOOD_KO = "에콰도르 대통령은 화요일 키토에서 콜롬비아 외교장관과 회담했다고 관리들이 밝혔다."
PARAGRAPH = " ".join(GOOD_EN.rstrip(".").split() * 600_000)[:5_000_000]  # 5 MB, one paragraph, no full stop
SOUP = " ".join(GOOD_EN.rstrip(".").split() * 6000)  # about 600k characters without a full stop: past the budget


def batch(folder: Path) -> dict[str, tuple[str, str, int | None]]:
    """The inputs, and each bad one's expected reject: (code, file it was read from, JSONL line)."""
    folder.mkdir()
    (folder / "a-good.txt").write_text(GOOD_EN, encoding="utf-8")
    (folder / "b-good.txt").write_text(GOOD_KO, encoding="utf-8")
    (folder / "c-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (folder / "d-binary.jsonl").write_bytes(b"\x00\x01\x02 not text \x9c\n" * 20)
    (folder / "e-paragraph.txt").write_text(PARAGRAPH, encoding="utf-8")
    lines = [json.dumps({"id": "line-1", "text": GOOD_EN.replace("Tuesday", "Wednesday")}),
             "",                                                # an empty line: no document, nothing to name
             "{\"id\": \"line-3\", \"text\": ",                # bad JSON
             "   ",                                             # blank
             json.dumps({"id": "soup", "text": SOUP}),          # past its time budget
             json.dumps({"id": "paragraph", "text": PARAGRAPH}),  # over the line limit
             json.dumps({"id": "line-7", "text": GOOD_KO.replace("화요일", "수요일")})]
    (folder / "f-feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"c-image.txt": ("unsupported_input", "c-image.txt", None),
            "d-binary.jsonl:1": ("unsupported_input", "d-binary.jsonl", 1),
            "e-paragraph.txt": ("too_large", "e-paragraph.txt", None),
            "f-feed.jsonl:3": ("bad_record", "f-feed.jsonl", 3),
            "soup": ("time_budget", "f-feed.jsonl", 5),
            "f-feed.jsonl:6": ("too_large", "f-feed.jsonl", 6)}


@pytest.mark.parametrize("workers", [1, 2])
def test_a_bad_batch_rejects_each_bad_input_alone_and_a_rerun_stores_the_same(tmp_path, workers):
    expected = batch(tmp_path / "in")
    tight = SETTINGS.replace(document_seconds=1.0, model_load_seconds=0.0)  # no first-use advance: a
    # rerun extracts only the soup, the first document of a fresh worker, which the advance would let through (lead)
    kwargs = dict(db=str(tmp_path / "r.db"), progress=False, workers=workers, settings=tight)
    first = run([str(tmp_path / "in")], out=str(tmp_path / "first.jsonl"), **kwargs)
    got = {r.doc: (r.code, Path(r.path).name if r.path else None, r.line) for r in first.rejected}
    assert got == expected
    assert first.new == 4 and first.events_found >= 4 and not first.skipped
    again = run([str(tmp_path / "in")], out=str(tmp_path / "again.jsonl"), **kwargs)
    assert (again.new, again.replaced, again.unchanged) == (0, 0, 4)
    assert {r.doc: r.code for r in again.rejected} == {doc: code for doc, (code, _f, _l) in expected.items()}
    # nothing lost or doubled
    assert (tmp_path / "again.jsonl").read_bytes() == (tmp_path / "first.jsonl").read_bytes()


class OverBudget:
    """A pipeline whose document runs past its budget."""
    settings = SETTINGS

    def __call__(self, article: Article) -> Article:
        raise TimeBudgetExceeded("extraction took longer than the budget of 1 s", doc=article.id)


def test_an_extraction_error_names_where_its_document_was_read():
    article = Article("ministers-7", GOOD_EN, path="/feeds/andes.jsonl", line=7)
    error = extract_or_error(article, OverBudget())
    assert (error.code, error.doc, error.detail["path"], error.detail["line"]) == (
        "time_budget", "ministers-7", "/feeds/andes.jsonl", 7)
