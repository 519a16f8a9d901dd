"""Two stops of one trip: the same pair's talks a day apart in two cities, both stated in the meeting's own sentence,
stay two records (store/merge_dates.py `other_cities`); a day apart with one city, or one day with two cities, still
join (a time zone, or one outlet's wrong city). Our own sentences, Korean and English."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.store.db import Store
from readout.store.lean import reason_of

MON, TUE = date(2025, 9, 15), date(2025, 9, 16)
EN_MON_BEIJING = ("Foreign Minister Cho Hyun met Chinese Foreign Minister Wang Yi in Beijing on Monday.", "en", MON)
EN_MON = ("Foreign Minister Cho Hyun met Chinese Foreign Minister Wang Yi on Monday.", "en", MON)
KO_TUE_SHANGHAI = ("조현 외교부 장관은 16일 상하이에서 왕이 중국 외교부장과 만났다.", "ko", TUE)
EN_MON_SHANGHAI = ("Foreign Minister Cho Hyun held talks with Chinese Foreign Minister Wang Yi in Shanghai on Monday.",
                   "en2", MON)
EN_TUE_SHANGHAI = ("Foreign Minister Cho Hyun held talks with Chinese Foreign Minister Wang Yi in Shanghai on Tuesday.",
                   "en2", TUE)
KO_MON_BEIJING = ("조현 외교부 장관은 15일 베이징에서 왕이 중국 외교부장과 회담했다.", "ko2", MON)


def meetings(tmp_path, reports) -> tuple[list[set[str]], list[dict]]:
    with Store(str(tmp_path / "r.db")) as store:
        for text, doc, published in reports:
            store.save(extract_text(text, doc, published))
        records = sorted(({s["doc"] for s in e["sources"]} for e in store.events() if e["type"] == "CONSULT"),
                         key=sorted)
        reasons = [reason_of(r) for (r,) in store.conn.execute("SELECT merge_reason FROM doc_events")]
    return records, reasons


@pytest.mark.parametrize("reports, expected", [
    ([EN_MON_BEIJING, KO_TUE_SHANGHAI], [{"en"}, {"ko"}]),
    ([KO_MON_BEIJING, EN_TUE_SHANGHAI], [{"en2"}, {"ko2"}]),
    ([EN_MON, KO_TUE_SHANGHAI], [{"en", "ko"}]),  # one city only: the day apart is a time zone
    ([KO_MON_BEIJING, EN_MON_SHANGHAI], [{"en2", "ko2"}]),  # one day: one outlet's city is wrong
], ids=["en-ko-two-stops", "ko-en-two-stops", "one-city-named", "one-day-two-cities"])
def test_two_stops_of_a_trip_stay_two(tmp_path, reports, expected):
    records, reasons = meetings(tmp_path, reports)
    assert records == expected
    if len(expected) == 2:
        assert any("in two cities" in str(r.get("refused")) for r in reasons)
