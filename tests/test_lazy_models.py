"""numpy and fastText are imported only on the paths that use them: numpy when a batch of at least
`minhash_numpy_docs` new documents has its near-duplicate signatures computed (store/minhash.py; a smaller batch hashes
in pure Python, store/minhash_pure.py), fastText when a paragraph's script does not settle its language
(lang/identify.py `detector`). A no-change rerun computes neither; a Korean document is told by its script."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

EN_DOC = ("Ministers of Norway and Chile met in Oslo\n"
          "The Norwegian foreign minister Ola Brekke met his Chilean counterpart in Oslo on Tuesday.\n")
KO_DOC = ("노르웨이 외교장관, 칠레 외교장관과 오슬로서 회담\n"
          "노르웨이 외교장관은 10일 오슬로에서 칠레 외교장관과 회담하고 영사관 개설에 합의했다.\n")
WATCHED = ("numpy", "fasttext")


def loaded_by_run(doc: Path, cwd: Path) -> set[str]:
    script = ("import runpy, sys\n"
              f"sys.argv = ['readout', 'run', {str(doc)!r}, '--db', 'x.db', '--out', 'x.jsonl', '--quiet']\n"
              "try:\n    runpy.run_module('readout.cli', run_name='__main__')\nexcept SystemExit:\n    pass\n"
              f"print(sorted(m for m in {WATCHED!r} if m in sys.modules))")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=cwd, check=True)
    return set(eval(out.stdout.strip().splitlines()[-1]))


def test_a_new_english_document_loads_fasttext_alone_and_its_rerun_neither(tmp_path):
    doc = tmp_path / "en.txt"
    doc.write_text(EN_DOC, encoding="utf-8")
    assert loaded_by_run(doc, tmp_path) == {"fasttext"}  # one document: its signature is hashed without numpy
    assert loaded_by_run(doc, tmp_path) == set()  # unchanged: nothing extracted, no signature computed


def test_a_large_batch_of_new_documents_hashes_with_numpy(tmp_path):
    import json

    from readout.settings import SETTINGS

    doc = tmp_path / "many.jsonl"
    rows = [{"id": f"d{i}", "text": EN_DOC + f"Talks number {i} were held in Oslo.\n"}
            for i in range(SETTINGS.minhash_numpy_docs)]
    doc.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert "numpy" in loaded_by_run(doc, tmp_path)


def test_a_korean_document_is_told_by_its_script_without_fasttext(tmp_path):
    doc = tmp_path / "ko.txt"
    doc.write_text(KO_DOC, encoding="utf-8")
    assert loaded_by_run(doc, tmp_path) == set()
