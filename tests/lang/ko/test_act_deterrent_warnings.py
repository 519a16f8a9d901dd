"""A deterrent warning threatens the offender, never the party protected (threats49; lang/ko/act_deterrent_warnings),
with sentences of our own: 'X는 누구도 Y를 위협하도록 두지 않겠다고 경고했다' is X's THREATEN; the one warned is the
offender the complement names ('Z가'), else the other side of the acts just told, else no one; Y is no recipient.
"""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text, expected", [
    ("튀르키예 대통령은 누구도 키프로스를 위협하도록 내버려 두지 않겠다고 경고했다.", (["TUR"], [])),
    ("그리스 총리는 누구도 그리스를 위협하도록 두지 않겠다고 말했다.", (["GRC"], [])),
    ("그리스 총리는 어떤 나라도 그리스의 주권을 위협하게 놔두지 않겠다고 밝혔다.", (["GRC"], [])),
    ("튀르키예 대통령은 그리스가 키프로스를 위협하도록 두지 않겠다고 경고했다.", (["TUR"], ["GRC"])),
    ("그리스는 13일 키프로스 인근 해역에 군함을 배치했다. 튀르키예 대통령은 누구도 키프로스를 위협하도록 내버려 두지 않겠다고 "
     "경고했다.", (["TUR"], ["GRC"])),
])
def test_deterrent_warning(text, expected):
    assert expected in sides(text, "THREATEN")


def test_letting_without_harm_is_no_threat():
    assert not sides("튀르키예 대통령은 관측단이 국경을 감시하도록 허용하겠다고 밝혔다.", "THREATEN")
