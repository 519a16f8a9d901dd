"""A Korean caution is no threat (modal43, lexicon `caution_content_before_re`): '...이 시장 불안을 초래할 수 있다고
경고했다' warns of a harm that may follow, not a deed of the speaker's: no THREATEN; '강력히 대응하겠다고 경고했다' stays a
threat. Our own sentences."""
from __future__ import annotations

import pytest

from tests.lang.ko.act_rows import check

ROWS = [
    ("칠레 정부는 페루의 관세 계획이 구리 시장의 불안을 초래할 수 있다고 경고했다.", [("THREATEN", None, None, None)]),
    ("칠레 외교부는 페루의 수출 금지 조치가 양국 관계를 악화시킬 우려가 있다고 경고했다.", [("THREATEN", None, None, None)]),
    ("칠레 정부는 페루의 도발에 강력히 대응하겠다고 경고했다.", [("THREATEN", {"CHL"}, {"PER"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_caution_is_no_threat(text, expected):
    check(text, expected)
