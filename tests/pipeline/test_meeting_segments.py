"""dates41: a list of counterparts sharing one meeting word, each with its own day and place ('10일 우간다 캄팔라에서
B와, 11일에는 르완다 키갈리에서 D와 정상회담을 했다'): each meeting takes the day and the place of its counterpart's own
segment (pipeline/meeting_segments.py); counterparts sharing one day and place keep it."""
from __future__ import annotations

import pytest

from readout.api import extract_text

PUB = "2026-11-14"


def meetings(text: str) -> list[tuple[str, str, str | None]]:
    return sorted((",".join(sorted(p.country or "" for p in e.participants)), str(e.date),
                   e.location.name if e.location else None)
                  for e in extract_text(text, published=PUB).events if e.type == "CONSULT")


@pytest.mark.parametrize("text, expected", [
    ("앞서 윌리엄 루토 케냐 대통령은 지난 10일 우간다 캄팔라에서 요웨리 무세베니 우간다 대통령과, 11일에는 르완다 "
     "키갈리에서 폴 카가메 르완다 대통령과 정상회담을 했다.",
     [("KEN,RWA", "2026-11-11", "Kigali"), ("KEN,UGA", "2026-11-10", "Kampala")]),
    # negative: one day and place for both counterparts
    ("Kenyan President William Ruto met Ugandan President Yoweri Museveni and Rwandan President Paul Kagame in Kigali "
     "on Wednesday.", [("KEN,RWA", "2026-11-11", "Kigali"), ("KEN,UGA", "2026-11-11", "Kigali")]),
])
def test_each_counterpart_takes_its_own_segments_day_and_place(text, expected):
    assert meetings(text) == expected
