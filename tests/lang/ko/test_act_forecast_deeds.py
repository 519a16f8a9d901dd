"""A deed of giving or cooperating only said possible ahead (modal43, lang/ko/act_speculation.py): '"페루가 볼리비아에
무기를 공급할 수 있다"고 우려했다', '공급할 가능성이 있다' is a prediction, no AID; the concern voiced stays. An offer
('제공할 용의가 있다'), a deed done, and a hostile deed ahead ('제재를 가할 수 있다고 경고했다') keep their readings.
Our own sentences."""
from __future__ import annotations

import pytest

from tests.lang.ko.act_rows import check

ROWS = [
    ("칠레 국방장관은 \"페루가 볼리비아에 무기를 공급할 수 있다\"고 우려했다.",
     [("AID", None, None, None), ("ACCUSE", {"CHL"}, {"PER"}, "occurred")]),
    ("칠레 국방장관은 페루가 볼리비아에 기술 지원을 제공할 가능성이 있다고 말했다.", [("AID", None, None, None)]),
    ("칠레 정부는 볼리비아에 무기를 공급했다고 밝혔다.", [("AID", {"CHL"}, {"BOL"}, "occurred")]),
    ("칠레 정부는 볼리비아에 인도적 지원을 제공할 용의가 있다고 밝혔다.", [("AGREE", {"CHL"}, {"BOL"}, "occurred")]),
    ("칠레 정부는 페루가 훈련을 강행하면 제재를 가할 수 있다고 경고했다.", [("THREATEN", {"CHL"}, {"PER"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_forecast_deed_is_no_act(text, expected):
    check(text, expected)
