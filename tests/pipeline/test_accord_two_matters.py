"""One accord naming two matters ('a trade and defence agreement', '무역과 국방 분야 협정', '무역·국방 협정'): one
AGREE whose matter holds both (lang/ko/matter.coordinated_run, lang/en/matter.modifiers_start; merge13), as 'an
agreement on trade and defence' already did, so another outlet's report naming either matter joins it. Before, the
Korean matter kept the noun next to the document alone ('국방'), and a report of the trade side was another accord
(store/merge_accords.matter_conflict). Two documents ('무역 협정과 국방 협정', 'a trade agreement and defence pact')
stay two accords. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.store.db import Store

MON, TUE = date(2026, 8, 3), date(2026, 8, 4)


def matters(text: str) -> list[tuple[str, ...]]:
    return sorted(e.matter for e in extract_text(text, "m", MON).events if e.type == "AGREE")


@pytest.mark.parametrize("text, expected", [
    ("케냐와 우간다는 3일 무역과 국방 분야 협정에 서명했다.", [("국방", "무역")]),
    ("케냐와 우간다는 3일 무역 및 국방 협정을 체결했다.", [("국방", "무역")]),
    ("케냐와 우간다는 3일 무역·국방 협정에 서명했다.", [("국방", "무역")]),
    ("케냐와 우간다는 3일 에너지와 교통에 관한 협정에 서명했다.", [("교통", "에너지")]),
    ("Kenya and Uganda signed a trade and defence agreement on Monday.", [("defence", "trade")]),
    ("Kenya and Uganda signed an energy or transport accord on Monday.", [("energy", "transport")]),
    # negative: two documents, each its own accord and matter
    ("케냐와 우간다는 3일 무역 협정과 국방 협정에 서명했다.", [("국방",), ("무역",)]),
    ("Kenya and Uganda signed trade agreement and defence pact on Monday.", [("defence",), ("trade",)]),
    # negative: 'and' joining no matter word keeps what it had
    ("Kenya and Uganda signed and ratified a trade agreement on Monday.", [("trade",)]),
])
def test_one_accord_of_two_matters(text, expected):
    assert matters(text) == expected


@pytest.mark.parametrize("reports", [
    [("케냐와 우간다는 3일 무역과 국방 분야 협정에 서명했다.", "ko", MON),
     ("Kenya and Uganda signed a trade agreement on Monday, officials said.", "en", TUE)],
    [("Kenya and Uganda signed a trade and defence agreement on Monday.", "en", MON),
     ("케냐와 우간다는 3일 국방 협정에 서명했다.", "ko", TUE)],
], ids=["ko-both-en-trade", "en-both-ko-defence"])
def test_a_report_of_either_matter_joins_the_accord_of_both(tmp_path, reports):
    with Store(str(tmp_path / "r.db")) as store:
        for text, doc, published in reports:
            store.save(extract_text(text, doc, published))
        records = [{s["doc"] for s in e["sources"]} for e in store.events() if e["type"] == "AGREE"]
    assert records == [{"en", "ko"}]
