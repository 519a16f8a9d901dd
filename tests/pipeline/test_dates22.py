"""The date of an act, session 21 (dates22), on our own sentences:
- a lead's deed that only the publication dates takes the first day the next paragraph states, when that day is
  past at publication and within the lookback: the body retells the lead with its day (pipeline/lead_dates). A
  lead with a day of its own, a body whose first date is a report's, a month, a year, or a day outside the
  lookback, and a statement in the lead (whose body's first day is as often the deed it answers) leave the lead
  on the publication day."""
from __future__ import annotations

import datetime as dt

import pytest

from readout.api import extract_text

PUB = "2026-05-14"  # a Thursday


def lead_event(text: str, etype: str):
    found = [e for e in extract_text(text, published=PUB).events if e.type == etype and e.evidence[0].start == 0]
    assert found, f"no {etype} in the lead"
    return found[0]


@pytest.mark.parametrize("lang, text, etype, day", [
    # the body retells the lead's seizure with its day
    ("en", "The Ghanaian navy seized two Togolese fishing boats inside Ghana's waters and detained their crews, "
           "officials said Thursday.\n\nThe boats were stopped on Tuesday about 40 kilometers off Accra, according "
           "to the navy.", "COERCE", dt.date(2026, 5, 12)),
    ("ko", "[방송 뉴스] 라오스 경찰이 비엔티안의 불법 도박장을 급습해 태국인 30여 명을 체포했습니다.\n\n"
           "현지 당국에 따르면 라오스 경찰은 지난 11일 비엔티안 외곽의 도박장을 단속해 여러 나라 국적자 100여 명을 "
           "붙잡았습니다.", "COERCE", dt.date(2026, 5, 11)),
    ("ko", "[방송 뉴스] 흑해를 지나던 화물선이 러시아군의 드론 공격을 받아 선원 3명이 다쳤습니다.\n\n"
           "우크라이나 해군에 따르면 어제(13일) 오전 오데사항 남쪽 해상에서 화물선 한 척이 드론에 맞아 불이 났습니다.",
     "ASSAULT", dt.date(2026, 5, 13)),
    # negatives: the body's first date is no past day of the lookback, or the lead states its own day
    ("en", "The Ghanaian navy seized two Togolese fishing boats inside Ghana's waters and detained their crews, "
           "officials said Thursday.\n\nGhana last seized Togolese boats in March 2024, according to the navy.",
     "COERCE", dt.date(2026, 5, 14)),
    ("ko", "[방송 뉴스] 라오스 경찰이 비엔티안의 불법 도박장을 급습해 태국인 30여 명을 체포했습니다.\n\n"
           "라오스 경찰은 지난 2일에도 비엔티안 외곽의 도박장을 단속해 100여 명을 붙잡았습니다.",
     "COERCE", dt.date(2026, 5, 14)),
    ("ko", "[방송 뉴스] 라오스 경찰이 14일 비엔티안의 불법 도박장을 급습해 태국인 30여 명을 체포했습니다.\n\n"
           "현지 당국에 따르면 라오스 경찰은 지난 11일 비엔티안 외곽의 도박장을 단속해 100여 명을 붙잡았습니다.",
     "COERCE", dt.date(2026, 5, 14)),
    # a statement in the lead: the body's first day is the deed it answers, not the statement's
    ("en", "Togo condemned the seizure of two of its fishing boats by the Ghanaian navy.\n\nThe boats were stopped "
           "on Tuesday about 40 kilometers off Accra, according to the navy.", "ACCUSE", dt.date(2026, 5, 14)),
    ("ko", "[방송 뉴스] 태국 정부가 라오스 경찰의 자국민 체포를 강력히 규탄했습니다.\n\n현지 당국에 따르면 라오스 경찰은 "
           "지난 11일 비엔티안 외곽의 도박장을 단속해 100여 명을 붙잡았습니다.", "ACCUSE", dt.date(2026, 5, 14)),
    ("en", "The Ghanaian navy seized two Togolese fishing boats inside Ghana's waters and detained their crews.\n\n"
           "The navy said on Tuesday that the boats had been fishing illegally for weeks.",
     "COERCE", dt.date(2026, 5, 14)),
])
def test_a_leads_deed_takes_the_day_its_body_states(lang, text, etype, day):
    assert lead_event(text, etype).date == day
