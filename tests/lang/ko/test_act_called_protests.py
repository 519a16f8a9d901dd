"""(konoun46) A strike or a boycott its callers urge is their own PROTEST of the noun's mode, with sentences of our own.

'케냐 상인 단체는 우간다 제품 불매운동을 촉구했다' is the traders' boycott of Uganda's goods, as English 'called for a boycott
of Ugandan goods' (ennoun72); '총파업을 호소했다' a strike. Negative rows: whoever the clause addresses is asked, no
protest called ('탄자니아에 회의 보이콧을 촉구했다', '국민들에게 ... 호소했다'); a strike's end urged; a demonstration urged.
"""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events, first_of

ROWS = [  # (sentence, mode, actors, recipients)
    ("케냐 상인 단체는 4일 우간다 제품 불매운동을 촉구했다.", "boycott", {"KEN"}, {"UGA"}),
    ("케냐 시민단체는 4일 우간다에 대한 불매운동을 호소했다.", "boycott", {"KEN"}, {"UGA"}),
    ("가봉 노조는 4일 총파업을 촉구했다.", "strike", {"GAB"}, None),
    ("Kenyan traders called for a boycott of Ugandan goods.", "boycott", {"KEN"}, {"UGA"}),
    ("Unions in Gabon called a general strike on Monday.", "strike", {"GAB"}, None),
]


@pytest.mark.parametrize("sentence, mode, actors, recipients", ROWS)
def test_urged_strike_or_boycott_is_the_callers_protest(sentence, mode, actors, recipients):
    first = first_of(events(sentence), type="PROTEST")
    assert (first.mode, first.status) == (mode, "occurred")
    assert countries(first.participants) == actors
    if recipients is not None:
        assert countries(first.recipients) == recipients
    assert not [e for e in events(sentence) if e.type == "REQUEST"]


NEGATIVES = [  # sentences with no PROTEST
    "케냐는 4일 탄자니아에 회의 보이콧을 촉구했다.",  # Tanzania asked to stay away
    "케냐 시민단체는 4일 국민들에게 우간다 제품 불매운동을 호소했다.",  # the public asked
    "가봉 정부는 4일 노조에 파업 중단을 촉구했다.",  # an end urged
    "가봉 정부는 4일 불매운동 자제를 촉구했다.",  # restraint urged
    "Gabon urged the unions to end their strike.",
]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_no_protest_called(sentence):
    assert not [e for e in events(sentence) if e.type == "PROTEST"], [(e.type, e.mode) for e in events(sentence)]
