"""relatives63: a story of a headline and a lead that states the deed's day, published days later, is one event on the
lead's day, not a second one dated by the publication (pipeline/headline_acts.weigh_headline_acts `lead`): the
lookback bounds only later sentences' tellings. Both languages, our own sentences; negatives: a later sentence's
earlier deed, and a lead naming other sides."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.conftest import class_rows

PUB = "2026-03-12"


def dated(text: str, kind: str) -> list[str]:
    return sorted(str(e.date) for e in extract_text(text, published=PUB).events if e.type == kind)


ROWS = class_rows({
    "ko-lead-day": [
        ("케냐, 우간다 비난\n(나이로비=연합뉴스) 케냐 외교부는 4일 성명을 내고 우간다를 강하게 비난했다.", "ACCUSE", ["2026-03-04"]),
        ("케냐, 우간다 외교관 추방\n(서울=뉴스1) 김민수 기자\n케냐 정부는 지난 2일 우간다 외교관 2명을 추방했다.", "SANCTION",
         ["2026-03-02"]),
    ],
    "en-lead-day": [
        ("Kenya slams Uganda\nNAIROBI (Reuters) - Kenya on March 4 condemned Uganda over the border clash.", "ACCUSE",
         ["2026-03-04"]),
        ("Kenya expels Ugandan diplomats\nKenya expelled two Ugandan diplomats on March 2, its foreign ministry said.",
         "SANCTION", ["2026-03-02"]),
    ],
    "negative-later-sentence": [
        ("Kenya slams Uganda\nKenya on Wednesday rejected talks with Uganda. It condemned Uganda on March 2 over the "
         "border.", "ACCUSE", ["2026-03-02", "2026-03-11"]),
    ],
    "negative-other-sides": [
        ("케냐, 우간다 비난\n탄자니아 외교부는 4일 성명을 내고 르완다를 비난했다.", "ACCUSE", ["2026-03-04", "2026-03-12"]),
    ],
})


@pytest.mark.parametrize("text, kind, days", ROWS)
def test_the_leads_stated_day_dates_the_headlines_act(text, kind, days):
    assert dated(text, kind) == days
