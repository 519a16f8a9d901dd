"""Acts in both languages: accepting another side's terms, conditions or offer answers that side (agree54).

'Honduras agreed to all of Mexico's terms', 'accepted Japan's conditions', '칠레의 모든 조건에 동의했다', '칠레의 제안을
받아들였다': an AGREE (PLOVER: willingness to cooperate) received by the owner of what is accepted (en: act_accepted with
`proposal_nouns` now holding terms and conditions; ko: act_offered, `offered_noun`, `offer_accepting_verb`). A demand
accepted stays a concession, and an acceptance with no owner named keeps no receiving side."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, events_of

OCC = "occurred"
DAY = date(2018, 10, 3)


def read(text: str):
    return events_of(extract_text(text, published=DAY))


@pytest.mark.parametrize("text, kind, actors, recipients", [
    ("Honduras agreed to all of Mexico's terms on Tuesday.", "AGREE", {"HND"}, {"MEX"}),
    ("Nepal accepted India's conditions for reopening the border crossings.", "AGREE", {"NPL"}, {"IND"}),
    ("Officials said Laos had agreed to Vietnam's terms late on Monday.", "AGREE", {"LAO"}, {"VNM"}),
    ("라오스 정부가 베트남의 모든 조건에 동의했다고 관리들이 밝혔다.", "AGREE", {"LAO"}, {"VNM"}),
    ("네팔은 2일 인도의 제안을 받아들였다.", "AGREE", {"NPL"}, {"IND"}),
    ("네팔은 2일 모디 인도 총리의 평화안을 수용했다.", "AGREE", {"NPL"}, {"IND"}),
    # negatives: no owner named, no receiving side; a demand accepted stays a concession
    ("Nepal accepted the conditions on Tuesday.", "AGREE", {"NPL"}, set()),
    ("네팔은 2일 제안을 수용했다.", "AGREE", {"NPL"}, set()),
    ("네팔은 2일 인도의 요구를 받아들였다.", "CONCEDE", {"NPL"}, {"IND"}),
])
def test_accepted_terms_answer_their_owner(text, kind, actors, recipients):
    assert_act(read(text), kind, actors, recipients, OCC)
