"""Two accords one act word signs ('signed a trade pact and a defence agreement', '무역 협정과 국방 협정에 서명했다'):
one AGREE per accord document, each with its own matter (pipeline/accord_documents.py, Language.coordinated_accords),
so another outlet's report of one of them joins that one alone. A plural document with coordinated matters, or a
second document with no matter of its own, stays one accord. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.store.db import Store

TUE, WED = date(2026, 6, 9), date(2026, 6, 10)


def matters(text: str) -> list[tuple[str, ...]]:
    return sorted(e.matter for e in extract_text(text, "m", TUE).events if e.type == "AGREE")


@pytest.mark.parametrize("text, expected", [
    ("Ghana and Togo signed a trade pact and a defence agreement on Tuesday.", [("defence",), ("trade",)]),
    ("Ghana and Togo signed a fisheries accord as well as an agreement on port security on Tuesday.",
     [("fishery",), ("port", "security")]),
    ("Ghana and Togo signed an energy deal, a customs treaty and a visa accord on Tuesday.",
     [("custom",), ("energy",), ("visa",)]),
    ("가나와 토고는 9일 무역 협정과 국방 협정에 서명했다.", [("국방",), ("무역",)]),
    ("가나와 토고는 9일 수산 협정 및 항만 보안 양해각서를 체결했다.", [("보안", "항만"), ("수산",)]),
    ("Ghana and Togo signed agreements on trade and defence on Tuesday.", [("defence", "trade")]),  # one plural
    ("Ghana and Togo signed a trade pact and an agreement on Tuesday.", [("trade",)]),  # no second matter
    ("Ghana and Togo signed a trade pact, officials said on Tuesday.", [("trade",)]),
    ("가나와 토고는 9일 무역 협정에 서명했다.", [("무역",)]),
])
def test_each_coordinated_accord_is_one_event(text, expected):
    assert matters(text) == expected


@pytest.mark.parametrize("reports", [
    [("Ghana and Togo signed a trade pact and a defence agreement on Tuesday.", "en", TUE),
     ("가나와 토고는 9일 국방 협정에 서명했다.", "ko", WED)],
    [("가나와 토고는 9일 무역 협정과 국방 협정에 서명했다.", "ko", TUE),
     ("Ghana and Togo signed a defence agreement on Tuesday, officials said.", "en", WED)],
], ids=["en-two-ko-one", "ko-two-en-one"])
def test_a_report_of_one_accord_joins_that_one(tmp_path, reports):
    with Store(str(tmp_path / "r.db")) as store:
        for text, doc, published in reports:
            store.save(extract_text(text, doc, published))
        records = sorted(({s["doc"] for s in e["sources"]} for e in store.events() if e["type"] == "AGREE"), key=len)
    first = reports[0][1]
    assert records == [{first}, {"en", "ko"}]
