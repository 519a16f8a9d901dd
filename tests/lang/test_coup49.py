"""encoup49: coups and closures, in both languages (issue 15). Our own sentences.

- A coup's ASSAULT carries the pro_autocracy context its lexicon entry states (the act's own contexts reach the
  event: pipeline/act_build keeps `hit.contexts`, consolidate adds them to the contexts its sentences' words name),
  in the exported record too. A coup feared or remembered is no ASSAULT and carries nothing.
"""
from __future__ import annotations

import pytest

from readout.api import extract_text
from readout.records import document_record
from tests.event_sides import events

CONTEXT_COUPS = [
    "Chadian soldiers staged a coup in Ndjamena early on Friday.",
    "The army of Benin overthrew President Sena Adjovi in a coup on Friday.",
    "Guinean soldiers toppled the government of Guinea overnight.",
    "베냉 군부가 5일 쿠데타를 일으켰다.",
    "기니 군부는 5일 새벽 쿠데타로 정권을 장악했다.",
]


@pytest.mark.parametrize("text", CONTEXT_COUPS)
def test_a_coup_assault_exports_the_pro_autocracy_context(text):
    article = extract_text(text, published="2026-03-12")
    records = [document_record(e, article) for e in article.events if e.type == "ASSAULT"]
    assert records, [(e.type, e.contexts) for e in article.events]
    assert all("pro_autocracy" in r["contexts"] for r in records)


NO_COUP_CONTEXT = [
    "Chadian officials said they feared a coup by disgruntled officers.",
    "Benin marked the anniversary of the 1972 coup on Friday.",
    "차드 정부는 군부의 쿠데타 가능성을 우려했다.",
]


@pytest.mark.parametrize("text", NO_COUP_CONTEXT)
def test_a_coup_feared_or_remembered_is_no_assault(text):
    assert not [e for e in events(text) if e.type == "ASSAULT"]
    assert not [e for e in events(text) if "pro_autocracy" in e.contexts]
