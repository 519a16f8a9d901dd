"""Acts in both languages: a plan, proposal or solution another side announced, welcomed with no owner named
('welcomed the plan', 'hailed the proposal', '이 방안을 환영했다'), praises the doer of the last deed the story told, as
'welcomed the move' does (agree54; cues welcoming_verbs / welcomed_deeds in en, welcomed_deed_noun in ko). A welcome
with no deed told before keeps no receiving side."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, events_of

OCC = "occurred"
DAY = date(2019, 6, 12)


def read(text: str):
    return events_of(extract_text(text, published=DAY))


@pytest.mark.parametrize("text, actors, recipients", [
    ("Ghana on Monday announced a plan to compensate Togolese traders. Togo welcomed the plan.", {"TGO"}, {"GHA"}),
    ("Ghana on Monday announced a plan to compensate Togolese traders. Togo's foreign minister praised the proposal "
     "on Tuesday.", {"TGO"}, {"GHA"}),
    ("가나는 10일 토고에 500만 달러를 지원하겠다고 발표했다. 토고 외교부는 이 방안을 환영했다.", {"TGO"}, {"GHA"}),
    ("가나는 10일 토고에 500만 달러를 지원하겠다고 발표했다. 토고 정부는 이 계획을 환영한다고 밝혔다.", {"TGO"}, {"GHA"}),
    # negative: no deed told before, no one receives it
    ("Togo welcomed the plan on Friday.", {"TGO"}, set()),
])
def test_a_welcomed_plan_praises_its_doer(text, actors, recipients):
    assert_act(read(text), "SUPPORT", actors, recipients, OCC)
