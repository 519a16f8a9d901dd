"""What a side must not do is asked of it, not done (koacts46), with sentences of our own.

'"B는 국경을 봉쇄해서는 안 된다"고 말했다', '"B가 반군을 지원하면 안 된다"': a REQUEST by the speaker to B and no act of B,
as English 'B must not close the border' reads (guard row). A plain connective '-어서' ('봉쇄해서 교역이 중단됐다') is
still the act.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 4, 2)


def events(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text", [
    '가나 외교장관은 "토고는 국경을 봉쇄해서는 안 된다"고 말했다.',
    '가나 외교장관은 "토고가 국경을 봉쇄하면 안 된다"고 말했다.',
    '가나 외교장관은 "토고는 국경 봉쇄를 해서는 안 된다"고 강조했다.',
    "Ghana's foreign minister said Togo must not close the border.",
])
def test_prohibition_is_a_request_not_the_act(text):
    found = events(text)
    assert not [e for e in found if e.type == "COERCE"], found
    assert any(e.type == "REQUEST" and {p.country for p in e.participants} == {"GHA"}
               and {p.country for p in e.recipients} == {"TGO"} for e in found), found


def test_plain_connective_is_still_the_act():
    found = events("토고군이 국경을 봉쇄해서 교역이 중단됐다.")
    assert any(e.type == "COERCE" for e in found), found
