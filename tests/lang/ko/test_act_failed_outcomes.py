"""A meeting's outcome that fell through is no act; the meeting stays (koacts46), with sentences of our own.

'회담했지만 공동선언 채택은 무산됐다', '공동성명 채택에 실패했다', '협정 서명이 미뤄졌다': the noun act is the argument of
a verb of failing or putting off, so no AGREE; the talks are still a CONSULT. English 'met but did not issue a joint
statement' reads the same (guard row). A failed use of force ('발사는 실패했다') still took place.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 2, 11)


def types(text: str) -> list[str]:
    return [e.type for e in extract_text(text, published=DAY).events]


@pytest.mark.parametrize("text", [
    "우루과이와 파라과이 정상은 10일 회담했지만 공동선언 채택은 무산됐다.",
    "우루과이와 파라과이 정상은 10일 회담했지만 공동성명 채택에 실패했다.",
    "우루과이와 파라과이 정상은 10일 회담했지만 공동성명 채택이 불발됐다.",
    "우루과이와 파라과이 정상은 10일 회담했지만 어업협정 서명은 다음 달로 미뤄졌다.",
    "The presidents of Uruguay and Paraguay met on Tuesday but did not issue a joint statement.",
])
def test_outcome_fallen_through_keeps_the_meeting(text):
    found = types(text)
    assert "CONSULT" in found and "AGREE" not in found, found


def test_outcome_adopted_is_an_accord():
    assert "AGREE" in types("우루과이와 파라과이 정상은 10일 회담하고 공동선언을 채택했다.")


def test_failed_launch_still_took_place():
    assert "MOBILIZE" in types("우루과이군의 미사일 발사는 실패했다.")
