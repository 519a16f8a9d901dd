"""dates59: a byline line between the headline and the lead ('(서울=연합뉴스) ... 송고', 'By X') reads as one more
headline line: the undated lead's deed still takes the day the body's first sentence retells it on
(pipeline/lead_dates.lead_dated_by_body)."""
from __future__ import annotations

import pytest

from readout.api import extract_text

PUB = "2026-06-12"  # a Friday


def dated(text: str, kind: str) -> list[str]:
    return sorted(str(e.date) for e in extract_text(text, published=PUB).events if e.type == kind)


@pytest.mark.parametrize("text, kind, expected", [
    ("칠레, 페루 대사 추방…국경 갈등 격화\n\n(서울=연합뉴스) 2026-06-12 06:10 송고\n\n칠레 정부가 페루 대사를 추방했다.\n\n"
     "AP 통신에 따르면 칠레 외교부는 10일(현지시간) 페루 대사에게 72시간 안에 출국하라고 통보했다.", "SANCTION",
     ["2026-06-10", "2026-06-10"]),
    ("Chile expels Peru's ambassador as border row deepens\n\nBy Maria Alvarez\n\nChile expelled Peru's ambassador "
     "and closed a border crossing.\n\nChile's foreign ministry gave the envoy 72 hours to leave on Wednesday, "
     "officials said.", "SANCTION", ["2026-06-10"]),
    # negative: a body whose first day is a month back tells no retelling; the lead keeps the report's day
    ("칠레, 페루 대사 추방…국경 갈등 격화\n\n(서울=연합뉴스) 2026-06-12 06:10 송고\n\n칠레 정부가 페루 대사를 추방했다.\n\n"
     "양국은 지난해 10월 국경 협정을 맺었다.", "SANCTION", ["2026-06-12"]),
])
def test_a_byline_line_does_not_cut_the_lead_from_its_body(text, kind, expected):
    assert dated(text, kind) == expected
