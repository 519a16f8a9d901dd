"""(budget53) `extract_text` checks its text as the JSONL reader does: a text with NUL characters is binary data, a
`BadRecord` naming the document and the problem (cleaning used to drop the NULs and read the rest), and a text
that is no string is a `BadRecord` too, not a failure deep inside a step."""
from __future__ import annotations

import json

import pytest

from readout.api import extract_text
from readout.errors import BadRecord
from readout.ingest.sources import Reject, read_documents

EN = "Chile's president met the Argentine foreign minister in Valparaiso on Friday."
KO = "칠레 대통령은 금요일 발파라이소에서 아르헨티나 외교장관을 만났다."


@pytest.mark.parametrize("text, where", [
    (EN[:20] + "\x00" + EN[20:], 20),
    ("\x00" + KO, 0),
    (KO + "\x00\x00", len(KO)),
])
def test_a_text_with_nul_characters_is_rejected_naming_the_document(text, where):
    with pytest.raises(BadRecord) as caught:
        extract_text(text, doc_id="andes-12")
    assert caught.value.doc == "andes-12" and caught.value.code == "bad_record"
    assert "NUL" in caught.value.message and f"character {where}" in caught.value.message


@pytest.mark.parametrize("text", [EN[:20] + "\x00" + EN[20:], "\x00" + KO])
def test_the_jsonl_path_rejects_the_same_text_with_the_same_code(tmp_path, text):
    path = tmp_path / "wire.jsonl"
    path.write_text(json.dumps({"id": "andes-12", "text": text}) + "\n", encoding="utf-8")
    (reject,) = list(read_documents([str(path)]))
    assert isinstance(reject, Reject) and (reject.doc, reject.code) == ("andes-12", "bad_record")
    assert "NUL" in reject.reason


@pytest.mark.parametrize("text, kind", [(EN.encode(), "bytes"), (None, "NoneType"), (["a"], "list")])
def test_a_text_that_is_no_string_is_rejected(text, kind):
    with pytest.raises(BadRecord, match=f"not {kind}") as caught:
        extract_text(text, doc_id="andes-13")
    assert caught.value.doc == "andes-13"
