"""A run stores its documents in one order whatever order they were given in (ingest/ordering.py, merge13): merging
is greedy, so the same batch in another order gave other records. Our own sentences."""
from __future__ import annotations

import itertools
import json
from datetime import date

from readout.api import run
from readout.ingest.ordering import in_merge_order
from readout.ingest.sources import RawDocument, Reject

TALKS = [  # one pair's talks told on three days, a time zone apart each, two days end to end, in both languages
    {"id": "a", "published": "2024-03-11",
     "text": "South Korean Foreign Minister Cho Tae-yul met U.S. Secretary of State Antony Blinken on Monday. "
             "The two ministers discussed supply chains."},
    {"id": "b", "published": "2024-03-12", "text": "조태열 외교부 장관은 12일 토니 블링컨 미국 국무장관과 회담했다. 두 장관은 공급망 협력 방안을 논의했다."},
    {"id": "c", "published": "2024-03-13",
     "text": "Cho Tae-yul held talks with Antony Blinken on Wednesday, the foreign ministry said. They discussed "
             "energy."},
]


def export_of(tmp_path, name: str, lines: list[dict]) -> list[dict]:
    source, out = tmp_path / f"{name}.jsonl", tmp_path / f"{name}.out.jsonl"
    source.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    run([str(source)], db=str(tmp_path / f"{name}.db"), out=str(out), progress=False)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return sorted(({k: v for k, v in r.items() if k != "updated_at"} for r in records), key=lambda r: r["id"])


def test_every_order_of_a_batch_gives_the_same_records(tmp_path):
    """Before: read Monday, Tuesday, Wednesday, the first two were one record; read Wednesday first, the last two."""
    exports = [export_of(tmp_path, "".join(d["id"] for d in order), list(order))
               for order in itertools.permutations(TALKS)]
    assert all(e == exports[0] for e in exports[1:])
    meetings = [sorted(s["doc"] for s in r["sources"]) for r in exports[0] if r["type"] == "CONSULT"]
    assert sorted(meetings) == [["a", "b"], ["c"]]  # 'a' first: it founds the record


def doc(doc_id: str, published: date | None) -> RawDocument:
    return RawDocument(doc_id, text="x", published=published)


def test_in_merge_order():
    reject = Reject("bad", "bad_record", "unreadable", None)
    items = [doc("b", date(2024, 3, 2)), doc("z", None), reject, doc("a", date(2024, 3, 2)), doc("c", date(2024, 3, 1)),
             doc("a", date(2024, 3, 2))]
    got = list(in_merge_order(items))
    assert got[0] is reject  # a reject goes on at once: it is stored nowhere
    assert [(d.id, d.published) for d in got[1:]] == [  # by id; one id twice keeps its order
        ("a", date(2024, 3, 2)), ("a", date(2024, 3, 2)), ("b", date(2024, 3, 2)), ("c", date(2024, 3, 1)), ("z", None)]
