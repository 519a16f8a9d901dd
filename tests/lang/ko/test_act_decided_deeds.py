"""(future53) The deed a Korean decision, agreement or plan names (V-기로 했다/결정했다/합의했다) is that act, planned,
with sentences of our own.

'가나는 토고 외교관들을 추방하기로 했다' reads as '추방할 계획이다' and English 'decided to expel' do: SANCTION expel
planned, not occurred; a date inside the decision ('다음 달') dates the planned deed. Negative rows: the deed done
('추방했다'), a grant decided (allotted by the decision, AID occurred), the agreement itself ('합의했다', AGREE occurred)
and a retreat decided (a promise, AGREE occurred).
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import countries
from tests.event_sides import events, first_of

ROWS = [  # (sentence, type, mode, actors, recipients)
    ("가나는 토고 외교관 두 명을 추방하기로 했다.", "SANCTION", "expel", {"GHA"}, {"TGO"}),
    ("가나는 토고 외교관 두 명을 추방하기로 결정했다.", "SANCTION", "expel", {"GHA"}, {"TGO"}),
    ("뉴질랜드는 피지산 설탕에 관세를 부과하기로 했다.", "SANCTION", "discontinue", {"NZL"}, {"FJI"}),
    ("노르웨이는 베네수엘라 주재 대사를 소환하기로 했다.", "SANCTION", "withdraw", {"NOR"}, {"VEN"}),
    ("우루과이는 파라과이 접경에 병력을 배치하기로 했다.", "MOBILIZE", "troops", {"URY"}, {"PRY"}),
    ("칠레와 페루는 연합훈련을 실시하기로 결정했다.", "COOPERATE", None, {"CHL", "PER"}, set()),  # plans56: joint drill
]


@pytest.mark.parametrize("sentence, kind, mode, actors, recipients", ROWS)
def test_decided_deed_is_planned(sentence, kind, mode, actors, recipients):
    first = first_of(events(sentence), type=kind)
    assert (first.mode, first.status) == (mode, "planned")
    assert countries(first.participants) == actors and countries(first.recipients) == recipients


def test_future_month_dates_the_planned_deed():
    found = [e for e in events("칠레와 페루는 다음 달 연합훈련을 실시하기로 결정했다.") if e.type == "COOPERATE"]  # plans56
    assert found and found[0].status == "planned"
    assert (found[0].date, found[0].date_precision) == (date(2026, 4, 1), "month")


NEGATIVES = [  # (sentence, type, status)
    ("가나는 토고 외교관 두 명을 추방했다.", "SANCTION", "occurred"),  # done
    ("뉴질랜드는 피지에 1천만 달러를 지원하기로 했다.", "AID", "occurred"),  # a grant decided is made
    ("칠레와 페루는 연합훈련을 실시하기로 합의했다.", "AGREE", "occurred"),  # the agreement itself
    ("우루과이는 파라과이에서 병력을 철수하기로 했다.", "AGREE", "occurred"),  # a retreat decided: a promise
]


@pytest.mark.parametrize("sentence, kind, status", NEGATIVES)
def test_decision_itself_keeps_its_status(sentence, kind, status):
    first = first_of(events(sentence), type=kind)
    assert first.status == status
