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
    # meetings47: the objects of one meeting word, each after its own day ('10일 A를, 11일 B를 잇달아 만났다')
    ("에마뉘엘 마크롱 프랑스 대통령은 9일 조르자 멜로니 이탈리아 총리를, 10일 페드로 산체스 스페인 총리를 잇달아 "
     "만났다.", [("ESP,FRA", "2026-11-10", None), ("FRA,ITA", "2026-11-09", None)]),
    # meetings47: each object of 'met' after the first object's own place and day ('met X in A on Monday and Y in B
    # on Tuesday') is a meeting of its own, on its own day and at its own place
    ("French President Emmanuel Macron met Italian Prime Minister Giorgia Meloni in Rome on Monday and Spanish Prime "
     "Minister Pedro Sanchez in Madrid on Tuesday.",
     [("ESP,FRA", "2026-11-10", "Madrid"), ("FRA,ITA", "2026-11-09", "Rome")]),
    # negative: one day and place for both counterparts
    ("Kenyan President William Ruto met Ugandan President Yoweri Museveni and Rwandan President Paul Kagame in Kigali "
     "on Wednesday.", [("KEN,RWA", "2026-11-11", "Kigali"), ("KEN,UGA", "2026-11-11", "Kigali")]),
])
def test_each_counterpart_takes_its_own_segments_day_and_place(text, expected):
    assert meetings(text) == expected
