"""Forces put on alert ('비상 경계 태세에 돌입했다', '경계태세에 들어갔다', '경계태세를 발령했다'): MOBILIZE troops
(CAMEO 151 increase alert; the PLOVER manual's MOBILIZE); a posture only planned or denied is none. Our own
sentences (English: 'put its army on high alert', tests/lang/en)."""
from __future__ import annotations

import pytest

PAD = " 날씨는 맑았고 기온은 영상 십도 안팎이었다."
ROWS = [  # (sentence, the MOBILIZE's acting state or None: no MOBILIZE)
    ("대만군은 비상 경계 태세에 돌입했다.", "TWN"),
    ("인도군은 파키스탄 접경 지역에 최고 수준의 경계태세를 발령했다.", "IND"),
    ("이스라엘군은 북부 국경 지대에서 경계태세에 들어갔다.", "ISR"),
    ("페루 정부는 경계태세에 들어갈 계획은 없다고 밝혔다.", None),
]


@pytest.mark.parametrize("text, state", ROWS)
def test_alert_posture_is_mobilize(extract, text, state):
    found = [e for e in extract(text + PAD).events if e.type == "MOBILIZE" and e.status == "occurred"]
    if state is None:
        assert not found
        return
    assert found and state in {p.country for p in found[0].participants}, \
        [[p.country for p in e.participants] for e in found]
